-- Events to partner systems (the events module): subscriptions, the transactional outbox and the deliveries.
create table event_subscription (
    id              uuid primary key,
    subscriber_kind varchar(16) not null,
    subscriber      varchar(64) not null,
    endpoint        varchar(2000) not null,
    event_types     jsonb not null,
    secret          varchar(128) not null,
    created_at      timestamp(6) with time zone not null,
    created_by      varchar(255) not null,
    active          boolean not null,
    version         bigint not null
);
-- One active subscription per endpoint of an organisation or supplier, however many clients retry at once.
create unique index event_subscription_endpoint on event_subscription (subscriber_kind, subscriber, endpoint) where active;

-- The secret is not audited: the history says who subscribed what, not the key to forge their events.
create table event_subscription_audit (
    id              uuid not null,
    revision        bigint not null references audit_revision (id),
    revision_type   smallint,
    subscriber_kind varchar(16),
    subscriber      varchar(64),
    endpoint        varchar(2000),
    event_types     jsonb,
    created_at      timestamp(6) with time zone,
    created_by      varchar(255),
    active          boolean,
    primary key (id, revision)
);

-- Written in the transaction of the change that caused the event: it exists exactly when the change committed.
create table outbox_event (
    id                     uuid primary key,
    type                   varchar(100) not null,
    occurred_at            timestamp(6) with time zone not null,
    audience_everyone      boolean not null,
    audience_organisations varchar(4000) not null,
    audience_suppliers     varchar(4000) not null,
    body                   text not null,
    dispatched             boolean not null
);
create index outbox_event_undispatched on outbox_event (occurred_at, id) where not dispatched;

create table event_delivery (
    id               uuid primary key,
    event_id         uuid not null references outbox_event (id),
    subscription_id  uuid not null references event_subscription (id),
    status           varchar(16) not null,
    created_at       timestamp(6) with time zone not null,
    attempts         integer not null,
    next_attempt_at  timestamp(6) with time zone not null,
    claimed_until    timestamp(6) with time zone,
    last_status_code integer,
    last_error       varchar(500),
    delivered_at     timestamp(6) with time zone,
    constraint event_delivery_once unique (event_id, subscription_id)
);
create index event_delivery_due on event_delivery (next_attempt_at) where status = 'PENDING';
create index event_delivery_subscription on event_delivery (subscription_id, created_at);

-- The winning supplier of the recorded award, and whether partner systems were told that its standstill ended.
alter table procurement add column award_supplier_id varchar(64);
alter table procurement add column standstill_end_announced boolean not null default false;
-- Events begin with this version: standstills of awards recorded before it are not announced now.
update procurement set standstill_end_announced = true where award_id is not null;
alter table procurement_audit add column award_supplier_id varchar(64);
alter table procurement_audit add column standstill_end_announced boolean;
