--liquibase formatted sql

--changeset trialsage:003-run-queue
-- What the durable run queue needs beyond 001: attempts bound, cancellation, the failure detail,
-- the request fingerprint behind an Idempotency-Key, the engine's summary, and a per-tenant cap
-- on concurrent runs.
ALTER TABLE runs ADD COLUMN max_attempts INTEGER NOT NULL DEFAULT 3 CHECK (max_attempts > 0);
ALTER TABLE runs ADD COLUMN cancel_requested BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE runs ADD COLUMN failure_detail TEXT;
ALTER TABLE runs ADD COLUMN request_sha256 CHAR(64);
ALTER TABLE runs ADD COLUMN summary JSONB;
ALTER TABLE tenants ADD COLUMN max_concurrent_runs INTEGER CHECK (max_concurrent_runs > 0);
--rollback ALTER TABLE tenants DROP COLUMN max_concurrent_runs; ALTER TABLE runs DROP COLUMN summary; ALTER TABLE runs DROP COLUMN request_sha256; ALTER TABLE runs DROP COLUMN failure_detail; ALTER TABLE runs DROP COLUMN cancel_requested; ALTER TABLE runs DROP COLUMN max_attempts;
