create table clarification (
    id             uuid primary key,
    procurement_id uuid not null references procurement (id),
    supplier_id    varchar(64) not null,
    question       varchar(4000) not null,
    answer         varchar(8000),
    asked_at       timestamp(6) with time zone not null,
    answered_at    timestamp(6) with time zone,
    answered_by    varchar(255),
    version        bigint not null
);
create index clarification_procurement on clarification (procurement_id, asked_at);

create table clarification_audit (
    id             uuid not null,
    revision       bigint not null references audit_revision (id),
    revision_type  smallint,
    procurement_id uuid,
    supplier_id    varchar(64),
    question       varchar(4000),
    answer         varchar(8000),
    asked_at       timestamp(6) with time zone,
    answered_at    timestamp(6) with time zone,
    answered_by    varchar(255),
    primary key (id, revision)
);
