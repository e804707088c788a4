create table contract (
    id             uuid primary key,
    award_id       uuid not null,
    procurement_id uuid not null,
    supplier_id    uuid not null,
    value          numeric(15, 2) not null,
    start_date     date not null,
    end_date       date not null,
    created_at     timestamp(6) with time zone not null,
    version        bigint not null,
    constraint contract_award_unique unique (award_id)
);

create table contract_audit (
    id             uuid not null,
    revision       bigint not null references audit_revision (id),
    revision_type  smallint,
    award_id       uuid,
    procurement_id uuid,
    supplier_id    uuid,
    value          numeric(15, 2),
    start_date     date,
    end_date       date,
    created_at     timestamp(6) with time zone,
    primary key (id, revision)
);
