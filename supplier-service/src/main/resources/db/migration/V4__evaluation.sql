create table evaluator (
    id                      uuid primary key,
    procurement_id          uuid not null,
    evaluator_id            varchar(255) not null,
    name                    varchar(200) not null,
    conflicted_supplier_ids jsonb,
    statement               varchar(4000),
    declared_at             timestamp(6) with time zone,
    assigned_at             timestamp(6) with time zone not null,
    version                 bigint not null,
    constraint evaluator_once_per_procurement unique (procurement_id, evaluator_id)
);

create table evaluator_audit (
    id                      uuid not null,
    revision                bigint not null references audit_revision (id),
    revision_type           smallint,
    procurement_id          uuid,
    evaluator_id            varchar(255),
    name                    varchar(200),
    conflicted_supplier_ids jsonb,
    statement               varchar(4000),
    declared_at             timestamp(6) with time zone,
    assigned_at             timestamp(6) with time zone,
    primary key (id, revision)
);

-- One evaluator's score of one bid against one quality criterion.
create table score (
    id             uuid primary key,
    bid_id         uuid not null references bid (id),
    criterion_code varchar(50) not null,
    evaluator_id   varchar(255) not null,
    score          integer not null,
    rationale      varchar(4000) not null,
    scored_at      timestamp(6) with time zone not null,
    version        bigint not null,
    constraint score_once_per_evaluator unique (bid_id, criterion_code, evaluator_id)
);

create table score_audit (
    id             uuid not null,
    revision       bigint not null references audit_revision (id),
    revision_type  smallint,
    bid_id         uuid,
    criterion_code varchar(50),
    evaluator_id   varchar(255),
    score          integer,
    rationale      varchar(4000),
    scored_at      timestamp(6) with time zone,
    primary key (id, revision)
);

-- The officer's moderated score: the only one that counts.
create table moderated_score (
    id             uuid primary key,
    bid_id         uuid not null references bid (id),
    criterion_code varchar(50) not null,
    score          integer not null,
    rationale      varchar(4000) not null,
    moderated_by   varchar(255) not null,
    moderated_at   timestamp(6) with time zone not null,
    version        bigint not null,
    constraint moderated_score_once unique (bid_id, criterion_code)
);

create table moderated_score_audit (
    id             uuid not null,
    revision       bigint not null references audit_revision (id),
    revision_type  smallint,
    bid_id         uuid,
    criterion_code varchar(50),
    score          integer,
    rationale      varchar(4000),
    moderated_by   varchar(255),
    moderated_at   timestamp(6) with time zone,
    primary key (id, revision)
);

create table abnormally_low_review (
    bid_id      uuid primary key references bid (id),
    outcome     varchar(20) not null,
    explanation varchar(4000) not null,
    reviewed_by varchar(255) not null,
    reviewed_at timestamp(6) with time zone not null,
    version     bigint not null
);

create table abnormally_low_review_audit (
    bid_id        uuid not null,
    revision      bigint not null references audit_revision (id),
    revision_type smallint,
    outcome       varchar(20),
    explanation   varchar(4000),
    reviewed_by   varchar(255),
    reviewed_at   timestamp(6) with time zone,
    primary key (bid_id, revision)
);
