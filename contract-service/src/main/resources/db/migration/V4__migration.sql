-- A contract's migration plan: the project manager's parameters and the solver's result.
create table migration_plan (
    contract_id     uuid primary key references contract (id),
    parameters      jsonb not null,
    status          varchar(20) not null,
    started_at      timestamp(6) with time zone not null,
    finished_at     timestamp(6) with time zone,
    last_cutover    date,
    lower_bound     date,
    hard_violations integer,
    late_sites      jsonb,
    version         bigint not null
);

create table migration_plan_audit (
    contract_id     uuid not null,
    revision        bigint not null references audit_revision (id),
    revision_type   smallint,
    parameters      jsonb,
    status          varchar(20),
    started_at      timestamp(6) with time zone,
    finished_at     timestamp(6) with time zone,
    last_cutover    date,
    lower_bound     date,
    hard_violations integer,
    late_sites      jsonb,
    primary key (contract_id, revision)
);

-- One of the six milestones of a site's migration.
create table milestone (
    id            uuid primary key,
    contract_id   uuid not null references contract (id),
    site_code     varchar(50) not null,
    ods_code      varchar(10) not null,
    type          varchar(30) not null,
    planned_date  date not null,
    baseline_date date,
    forecast_date date not null,
    date_met      date,
    status        varchar(20) not null,
    version       bigint not null,
    constraint milestone_once_per_site unique (contract_id, site_code, type)
);
create index milestone_contract on milestone (contract_id, ods_code);

create table milestone_audit (
    id            uuid not null,
    revision      bigint not null references audit_revision (id),
    revision_type smallint,
    contract_id   uuid,
    site_code     varchar(50),
    ods_code      varchar(10),
    type          varchar(30),
    planned_date  date,
    baseline_date date,
    forecast_date date,
    date_met      date,
    status        varchar(20),
    primary key (id, revision)
);

-- A named, immutable snapshot of the plan: every milestone's forecast when it was taken.
create table baseline (
    id          uuid primary key,
    contract_id uuid not null references contract (id),
    name        varchar(100) not null,
    dates       jsonb not null,
    created_by  varchar(255) not null,
    created_at  timestamp(6) with time zone not null,
    constraint baseline_name_once unique (contract_id, name)
);

create table baseline_audit (
    id            uuid not null,
    revision      bigint not null references audit_revision (id),
    revision_type smallint,
    contract_id   uuid,
    name          varchar(100),
    dates         jsonb,
    created_by    varchar(255),
    created_at    timestamp(6) with time zone,
    primary key (id, revision)
);
