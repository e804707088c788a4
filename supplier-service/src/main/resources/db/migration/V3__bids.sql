-- A sealed bid. Prices, answers and declarations are read and written whole (a bid is replaced, never
-- patched), so they are JSON documents; 2,000 pricing lines stay one row.
create table bid (
    id             uuid primary key,
    procurement_id uuid not null,
    supplier_id    uuid not null references supplier (id),
    status         varchar(20) not null,
    prices         jsonb not null,
    answers        jsonb not null,
    declarations   jsonb not null,
    submitted_at   timestamp(6) with time zone not null,
    updated_at     timestamp(6) with time zone not null,
    withdrawn_at   timestamp(6) with time zone,
    version        bigint not null
);
-- One active bid per supplier per procurement, however many clients submit at once; withdrawn bids stay on record.
create unique index bid_one_active_per_supplier on bid (procurement_id, supplier_id) where status = 'ACTIVE';
create index bid_procurement on bid (procurement_id);

create table bid_audit (
    id             uuid not null,
    revision       bigint not null references audit_revision (id),
    revision_type  smallint,
    procurement_id uuid,
    supplier_id    uuid,
    status         varchar(20),
    prices         jsonb,
    answers        jsonb,
    declarations   jsonb,
    submitted_at   timestamp(6) with time zone,
    updated_at     timestamp(6) with time zone,
    withdrawn_at   timestamp(6) with time zone,
    primary key (id, revision)
);
