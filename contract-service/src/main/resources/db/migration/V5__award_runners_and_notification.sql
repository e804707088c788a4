-- The co-leads of the procurement when it was awarded (their officers act for the award and its contract), as
-- ",ODS1,ODS2," so that one LIKE finds an organisation among them.
alter table award add column co_leads varchar(400) not null default '';
alter table award_audit add column co_leads varchar(400);

-- Whether procurement-service has recorded the award decision / the concluded contract. Set once it answered; a
-- repeated request completes what a crash in between left undone.
alter table award add column recorded_by_procurement boolean not null default true;
alter table award_audit add column recorded_by_procurement boolean;
alter table contract add column recorded_by_procurement boolean not null default true;
alter table contract_audit add column recorded_by_procurement boolean;
