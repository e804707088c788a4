-- Several replicas of contract-service share one database, and each solved every SOLVING plan it found at start-up.
-- A plan is now solved by the replica that holds its lease: it claims the lease before solving, renews it while the
-- solver runs and gives it up when it stores the plan; a replica that dies stops renewing, and once the lease has
-- run out another replica claims it and solves the plan (uk.collabproc.contract.migration.SolverLease). Not business
-- state, so neither mapped nor audited.
alter table migration_plan add column solver_replica varchar(100);
alter table migration_plan add column solver_lease_until timestamp(6) with time zone;
