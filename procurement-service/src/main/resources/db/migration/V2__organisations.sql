create table organisation (
    ods_code   varchar(5) primary key,
    name       varchar(200) not null,
    type       varchar(32) not null,
    created_at timestamp(6) with time zone not null,
    version    bigint not null
);

create table organisation_audit (
    ods_code      varchar(5) not null,
    revision      bigint not null references audit_revision (id),
    revision_type smallint,
    name          varchar(200),
    type          varchar(32),
    created_at    timestamp(6) with time zone,
    primary key (ods_code, revision)
);
