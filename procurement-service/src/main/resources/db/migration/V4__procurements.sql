create table procurement (
    id                    uuid primary key,
    title                 varchar(200) not null,
    reference             varchar(50) not null,
    regime                varchar(16) not null,
    lead_organisation     varchar(5) not null references organisation (ods_code),
    requirements_deadline timestamp(6) with time zone not null,
    contract_term_months  integer not null,
    status                varchar(32) not null,
    created_at            timestamp(6) with time zone not null,
    published_at          timestamp(6) with time zone,
    tender_deadline       timestamp(6) with time zone,
    version               bigint not null,
    constraint procurement_reference_unique unique (reference)
);

create table procurement_audit (
    id                    uuid not null,
    revision              bigint not null references audit_revision (id),
    revision_type         smallint,
    title                 varchar(200),
    reference             varchar(50),
    regime                varchar(16),
    lead_organisation     varchar(5),
    requirements_deadline timestamp(6) with time zone,
    contract_term_months  integer,
    status                varchar(32),
    created_at            timestamp(6) with time zone,
    published_at          timestamp(6) with time zone,
    tender_deadline       timestamp(6) with time zone,
    primary key (id, revision)
);

create table procurement_member (
    procurement_id uuid not null references procurement (id),
    ods_code       varchar(5) not null references organisation (ods_code),
    joined_at      timestamp(6) with time zone not null,
    primary key (procurement_id, ods_code)
);

create table procurement_member_audit (
    procurement_id uuid not null,
    ods_code       varchar(5) not null,
    revision       bigint not null references audit_revision (id),
    revision_type  smallint,
    joined_at      timestamp(6) with time zone,
    primary key (procurement_id, ods_code, revision)
);

create table deadline_change (
    id             uuid primary key,
    procurement_id uuid not null references procurement (id),
    deadline       varchar(16) not null,
    previous_value timestamp(6) with time zone not null,
    new_value      timestamp(6) with time zone not null,
    reason         varchar(500) not null,
    changed_at     timestamp(6) with time zone not null,
    changed_by     varchar(255) not null
);
create index deadline_change_procurement on deadline_change (procurement_id);

create table deadline_change_audit (
    id             uuid not null,
    revision       bigint not null references audit_revision (id),
    revision_type  smallint,
    procurement_id uuid,
    deadline       varchar(16),
    previous_value timestamp(6) with time zone,
    new_value      timestamp(6) with time zone,
    reason         varchar(500),
    changed_at     timestamp(6) with time zone,
    changed_by     varchar(255),
    primary key (id, revision)
);
