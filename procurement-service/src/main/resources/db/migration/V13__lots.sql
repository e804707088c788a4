-- A tender may be divided into lots, each evaluated, ranked, awarded and contracted on its own. The lots are part of
-- the tender the officer saves (and changes only before publication); an empty list is a tender not divided.
alter table tender add column lots jsonb not null default '[]'::jsonb;
alter table tender_audit add column lots jsonb;

-- Each lot's outcome, opened at publication: its award and its contract as contract-service records them, or its
-- cancellation. The procurement is AWARDED once every lot is awarded or cancelled, CONTRACTED once every lot is
-- contracted or cancelled, CANCELLED when every lot is. None for a tender not divided, whose outcome
-- stays on the procurement.
create table procurement_lot (
    id                       uuid primary key,
    procurement_id           uuid not null references procurement (id),
    number                   varchar(3) not null,
    title                    varchar(200) not null,
    award_id                 uuid,
    award_decision_date      date,
    standstill_ends_at       timestamp(6) with time zone,
    award_supplier_id        varchar(64),
    standstill_end_announced boolean not null default false,
    contract_id              uuid,
    -- A lot may be cancelled while its tender is open or under evaluation (no bid qualified, or the need went away).
    cancelled_at             timestamp(6) with time zone,
    cancellation_reason      varchar(500),
    version                  bigint not null,
    constraint procurement_lot_once unique (procurement_id, number)
);
-- What the standstill watch looks for.
create index procurement_lot_standstill on procurement_lot (standstill_ends_at) where award_id is not null and not standstill_end_announced;

create table procurement_lot_audit (
    id                       uuid not null,
    revision                 bigint not null references audit_revision (id),
    revision_type            smallint,
    procurement_id           uuid,
    number                   varchar(3),
    title                    varchar(200),
    award_id                 uuid,
    award_decision_date      date,
    standstill_ends_at       timestamp(6) with time zone,
    award_supplier_id        varchar(64),
    standstill_end_announced boolean,
    contract_id              uuid,
    cancelled_at             timestamp(6) with time zone,
    cancellation_reason      varchar(500),
    primary key (id, revision)
);
