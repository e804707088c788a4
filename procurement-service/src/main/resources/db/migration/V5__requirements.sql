create table requirement (
    id             uuid primary key,
    procurement_id uuid not null references procurement (id),
    site_code      varchar(20) not null references site (site_code),
    ods_code       varchar(5) not null references organisation (ods_code),
    bandwidth_mbps integer not null,
    resilience     varchar(16) not null,
    services       varchar(500) not null,
    needed_by      date not null,
    status         varchar(16) not null,
    return_reason  varchar(500),
    created_at     timestamp(6) with time zone not null,
    submitted_at   timestamp(6) with time zone,
    decided_at     timestamp(6) with time zone,
    version        bigint not null,
    constraint requirement_one_per_site unique (procurement_id, site_code)
);
create index requirement_procurement_org on requirement (procurement_id, ods_code);

create table requirement_audit (
    id             uuid not null,
    revision       bigint not null references audit_revision (id),
    revision_type  smallint,
    procurement_id uuid,
    site_code      varchar(20),
    ods_code       varchar(5),
    bandwidth_mbps integer,
    resilience     varchar(16),
    services       varchar(500),
    needed_by      date,
    status         varchar(16),
    return_reason  varchar(500),
    created_at     timestamp(6) with time zone,
    submitted_at   timestamp(6) with time zone,
    decided_at     timestamp(6) with time zone,
    primary key (id, revision)
);
