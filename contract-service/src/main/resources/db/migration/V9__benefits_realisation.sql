-- Benefits realisation (docs/domain.md#benefits-realisation): what the officer measures, each organisation's
-- baseline and target, the months members record, and each organisation's own project costs. Every table is audited,
-- so a correction keeps what it replaced.
create table benefit_measure (
    id               uuid primary key,
    contract_id      uuid not null references contract (id),
    name             varchar(200) not null,
    unit             varchar(60) not null,
    direction        varchar(20) not null,
    clinical_service varchar(30) not null,
    description      varchar(2000),
    additive         boolean not null,
    created_by       varchar(255) not null,
    created_at       timestamp(6) with time zone not null,
    version          bigint not null,
    constraint benefit_measure_name_once unique (contract_id, name)
);

create table benefit_measure_audit (
    id               uuid not null,
    revision         bigint not null references audit_revision (id),
    revision_type    smallint,
    contract_id      uuid,
    name             varchar(200),
    unit             varchar(60),
    direction        varchar(20),
    clinical_service varchar(30),
    description      varchar(2000),
    additive         boolean,
    created_by       varchar(255),
    created_at       timestamp(6) with time zone,
    primary key (id, revision)
);

-- An organisation's starting point on a measure (the value of a month before the new service) and where it aims.
create table benefit_baseline (
    id              uuid primary key,
    measure_id      uuid not null references benefit_measure (id),
    ods_code        varchar(10) not null,
    baseline_value  numeric(19, 4) not null,
    baseline_period date not null,
    target_value    numeric(19, 4) not null,
    set_by          varchar(255) not null,
    set_at          timestamp(6) with time zone not null,
    version         bigint not null,
    constraint benefit_baseline_once unique (measure_id, ods_code)
);

create table benefit_baseline_audit (
    id              uuid not null,
    revision        bigint not null references audit_revision (id),
    revision_type   smallint,
    measure_id      uuid,
    ods_code        varchar(10),
    baseline_value  numeric(19, 4),
    baseline_period date,
    target_value    numeric(19, 4),
    set_by          varchar(255),
    set_at          timestamp(6) with time zone,
    primary key (id, revision)
);

-- One month's value of a measure for an organisation; period is the month's first day.
create table benefit_measurement (
    id          uuid primary key,
    measure_id  uuid not null references benefit_measure (id),
    ods_code    varchar(10) not null,
    period      date not null,
    value       numeric(19, 4) not null,
    note        varchar(2000),
    recorded_by varchar(255) not null,
    recorded_at timestamp(6) with time zone not null,
    version     bigint not null,
    constraint benefit_measurement_once unique (measure_id, ods_code, period)
);
create index benefit_measurement_organisation on benefit_measurement (measure_id, ods_code, period);

create table benefit_measurement_audit (
    id            uuid not null,
    revision      bigint not null references audit_revision (id),
    revision_type smallint,
    measure_id    uuid,
    ods_code      varchar(10),
    period        date,
    value         numeric(19, 4),
    note          varchar(2000),
    recorded_by   varchar(255),
    recorded_at   timestamp(6) with time zone,
    primary key (id, revision)
);

-- What an organisation spends on the migration beside the supplier's prices.
create table project_costs (
    id                    uuid primary key,
    contract_id           uuid not null references contract (id),
    ods_code              varchar(10) not null,
    own_capital_outlay    numeric(17, 2) not null,
    effort_fte            numeric(7, 3) not null,
    effort_months         numeric(7, 2) not null,
    cost_per_fte_per_year numeric(17, 2) not null,
    recorded_by           varchar(255) not null,
    recorded_at           timestamp(6) with time zone not null,
    version               bigint not null,
    constraint project_costs_once unique (contract_id, ods_code)
);

create table project_costs_audit (
    id                    uuid not null,
    revision              bigint not null references audit_revision (id),
    revision_type         smallint,
    contract_id           uuid,
    ods_code              varchar(10),
    own_capital_outlay    numeric(17, 2),
    effort_fte            numeric(7, 3),
    effort_months         numeric(7, 2),
    cost_per_fte_per_year numeric(17, 2),
    recorded_by           varchar(255),
    recorded_at           timestamp(6) with time zone,
    primary key (id, revision)
);
