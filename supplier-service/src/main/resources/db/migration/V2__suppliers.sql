create table supplier (
    id              uuid primary key,
    name            varchar(200) not null,
    company_number  varchar(8) not null,
    cn_sp_compliant boolean not null,
    created_at      timestamp(6) with time zone not null,
    version         bigint not null,
    constraint supplier_company_number_unique unique (company_number)
);

create table supplier_audit (
    id              uuid not null,
    revision        bigint not null references audit_revision (id),
    revision_type   smallint,
    name            varchar(200),
    company_number  varchar(8),
    cn_sp_compliant boolean,
    created_at      timestamp(6) with time zone,
    primary key (id, revision)
);
