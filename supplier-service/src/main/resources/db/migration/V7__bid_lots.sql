-- The lots of a divided tender that a bid is for (issue 16): read and written whole with the bid, like its prices.
-- A bid on a tender not divided is for no lot; every bid made before lots existed was one.
alter table bid add column lots jsonb not null default '[]'::jsonb;

alter table bid_audit add column lots jsonb;
