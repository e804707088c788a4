-- Lots (issue 16): a tender divided into lots is awarded, and its contract concluded, lot by lot. An award names its
-- lot ("1", "2", ...; null for a tender not divided), and there is one award per procurement and lot. The unique key
-- treats null as one value, so that a procurement not divided still has exactly one award, however many officers race.
alter table award add column lot varchar(3);
alter table award_audit add column lot varchar(3);
alter table award drop constraint award_once_per_procurement;
create unique index award_once_per_procurement_lot on award (procurement_id, coalesce(lot, ''));

-- A contract stays one per award; it keeps its award's lot, as it keeps its procurement, so that lists and exports of
-- contracts name the lot without reading the award.
alter table contract add column lot varchar(3);
alter table contract_audit add column lot varchar(3);
