create table tender (
    procurement_id            uuid primary key references procurement (id),
    criteria                  jsonb not null,
    scale_max                 integer not null,
    price_formula             varchar(32) not null,
    quality_threshold_percent numeric(5, 2) not null,
    abnormally_low_percent    numeric(5, 2) not null,
    discrepancy_points        integer not null,
    tie_break                 jsonb not null,
    clarification_deadline    timestamp(6) with time zone not null,
    tender_deadline           timestamp(6) with time zone not null,
    version                   bigint not null
);

create table tender_audit (
    procurement_id            uuid not null,
    revision                  bigint not null references audit_revision (id),
    revision_type             smallint,
    criteria                  jsonb,
    scale_max                 integer,
    price_formula             varchar(32),
    quality_threshold_percent numeric(5, 2),
    abnormally_low_percent    numeric(5, 2),
    discrepancy_points        integer,
    tie_break                 jsonb,
    clarification_deadline    timestamp(6) with time zone,
    tender_deadline           timestamp(6) with time zone,
    primary key (procurement_id, revision)
);
