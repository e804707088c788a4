-- The award decision: the rank-1 bid, and when the standstill that follows it ends.
create table award (
    id                   uuid primary key,
    procurement_id       uuid not null,
    procurement_title    varchar(300),
    procurement_reference varchar(100),
    lead_organisation    varchar(10),
    regime               varchar(20) not null,
    contract_term_months integer not null,
    decision_date        date not null,
    standstill_ends_at   timestamp(6) with time zone not null,
    winning_bid_id       uuid not null,
    supplier_id          uuid not null,
    supplier_name        varchar(200) not null,
    evaluated_price      numeric(17, 2) not null,
    total_score          numeric(9, 2),
    status               varchar(20) not null,
    decided_by           varchar(255) not null,
    created_at           timestamp(6) with time zone not null,
    version              bigint not null,
    constraint award_once_per_procurement unique (procurement_id)
);

create table award_audit (
    id                   uuid not null,
    revision             bigint not null references audit_revision (id),
    revision_type        smallint,
    procurement_id       uuid,
    procurement_title    varchar(300),
    procurement_reference varchar(100),
    lead_organisation    varchar(10),
    regime               varchar(20),
    contract_term_months integer,
    decision_date        date,
    standstill_ends_at   timestamp(6) with time zone,
    winning_bid_id       uuid,
    supplier_id          uuid,
    supplier_name        varchar(200),
    evaluated_price      numeric(17, 2),
    total_score          numeric(9, 2),
    status               varchar(20),
    decided_by           varchar(255),
    created_at           timestamp(6) with time zone,
    primary key (id, revision)
);

alter table contract add constraint contract_award foreign key (award_id) references award (id);
alter table contract add column signed_date date;
alter table contract_audit add column signed_date date;

-- The sites a contract migrates, as they stood when it was concluded: the scope from procurement-service with
-- the winning bid's prices for each site's line, so that benefits and plans do not depend on other services later.
create table contract_site (
    contract_id           uuid not null references contract (id),
    site_code             varchar(50) not null,
    ods_code              varchar(10) not null,
    name                  varchar(200) not null,
    critical              boolean not null,
    core                  boolean not null,
    line_id               varchar(60) not null,
    legacy_bandwidth_mbps integer not null,
    legacy_annual_cost    numeric(15, 2) not null,
    new_bandwidth_mbps    integer not null,
    one_off_cost          numeric(15, 2) not null,
    annual_cost           numeric(15, 2) not null,
    primary key (contract_id, site_code)
);

create table contract_site_audit (
    contract_id           uuid not null,
    site_code             varchar(50) not null,
    revision              bigint not null references audit_revision (id),
    revision_type         smallint,
    ods_code              varchar(10),
    name                  varchar(200),
    critical              boolean,
    core                  boolean,
    line_id               varchar(60),
    legacy_bandwidth_mbps integer,
    legacy_annual_cost    numeric(15, 2),
    new_bandwidth_mbps    integer,
    one_off_cost          numeric(15, 2),
    annual_cost           numeric(15, 2),
    primary key (contract_id, site_code, revision)
);
