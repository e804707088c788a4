-- What a tender notice needs that the evaluation model did not hold: a description of what is bought, its estimated
-- value and its main CPV classification. Nullable: tenders saved before this version are refused at publication only
-- if a notice of their regime requires the missing field.
alter table tender add column description varchar(4000);
alter table tender add column estimated_value numeric(14, 2);
alter table tender add column main_classification varchar(16);
alter table tender_audit add column description varchar(4000);
alter table tender_audit add column estimated_value numeric(14, 2);
alter table tender_audit add column main_classification varchar(16);

-- The legally required publications, each an OCDS 1.1 release as published; never changed once written. One notice of
-- a type per subject (the procurement for its tender notice, the award, the contract): an award that contract-service
-- took back and replaced has its own notice, because the first one was already public.
create table notice (
    id             uuid primary key,
    procurement_id uuid not null references procurement (id),
    notice_type    varchar(40) not null,
    subject_id     uuid not null,
    published_at   timestamp(6) with time zone not null,
    release        jsonb not null,
    constraint notice_once_per_subject unique (notice_type, subject_id)
);
create index notice_feed on notice (published_at, id);
create index notice_procurement on notice (procurement_id, published_at);

create table notice_audit (
    id             uuid not null,
    revision       bigint not null references audit_revision (id),
    revision_type  smallint,
    procurement_id uuid,
    notice_type    varchar(40),
    subject_id     uuid,
    published_at   timestamp(6) with time zone,
    release        jsonb,
    primary key (id, revision)
);
