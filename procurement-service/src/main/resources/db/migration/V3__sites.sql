create table site (
    site_code             varchar(20) primary key,
    ods_code              varchar(5) not null references organisation (ods_code),
    name                  varchar(200) not null,
    postcode              varchar(8) not null,
    critical              boolean not null,
    core                  boolean not null,
    legacy_product        varchar(100) not null,
    legacy_bandwidth_mbps integer not null,
    legacy_annual_cost    numeric(12, 2) not null,
    created_at            timestamp(6) with time zone not null,
    version               bigint not null
);
create index site_ods_code on site (ods_code);

create table site_audit (
    site_code             varchar(20) not null,
    revision              bigint not null references audit_revision (id),
    revision_type         smallint,
    ods_code              varchar(5),
    name                  varchar(200),
    postcode              varchar(8),
    critical              boolean,
    core                  boolean,
    legacy_product        varchar(100),
    legacy_bandwidth_mbps integer,
    legacy_annual_cost    numeric(12, 2),
    created_at            timestamp(6) with time zone,
    primary key (site_code, revision)
);
