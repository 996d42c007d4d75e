--liquibase formatted sql

--changeset trialsage:009-run-trace-parent
-- The W3C traceparent of the request that queued a run, so that the run's trace span continues
-- the submitter's trace (null when tracing is off).
ALTER TABLE runs ADD COLUMN trace_parent varchar(55);
--rollback ALTER TABLE runs DROP COLUMN trace_parent;
