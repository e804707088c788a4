-- Co-leads: members that the lead partner names to run the procurement with it (their officers act for it).
alter table procurement_member add column co_lead boolean not null default false;
alter table procurement_member_audit add column co_lead boolean;

-- The award and the contract as contract-service recorded them: the status AWARDED or CONTRACTED is only ever set
-- together with the reference that justifies it.
alter table procurement add column award_id uuid;
alter table procurement add column award_decision_date date;
alter table procurement add column standstill_ends_at timestamp(6) with time zone;
alter table procurement add column contract_id uuid;
alter table procurement_audit add column award_id uuid;
alter table procurement_audit add column award_decision_date date;
alter table procurement_audit add column standstill_ends_at timestamp(6) with time zone;
alter table procurement_audit add column contract_id uuid;
