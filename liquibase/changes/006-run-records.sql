--liquibase formatted sql

--changeset trialsage:006-run-records
-- What makes a run reproducible and readable: the package it came from, the engine arguments, the
-- timings, the phase a running run is in, the run it retries, each input's name, role, size and
-- format as verified, and the reports rendered from it (with their checksums).
ALTER TABLE runs ADD COLUMN package_upload_id UUID REFERENCES uploads (id);
ALTER TABLE runs ADD COLUMN arguments JSONB;
ALTER TABLE runs ADD COLUMN timings JSONB;
ALTER TABLE runs ADD COLUMN phase VARCHAR(32);
ALTER TABLE runs ADD COLUMN retry_of UUID REFERENCES runs (id);
ALTER TABLE runs ADD COLUMN findings_total BIGINT;
ALTER TABLE runs ADD COLUMN findings_stored BIGINT;
CREATE INDEX runs_tenant_state ON runs (tenant_id, state, created_at DESC);
CREATE INDEX runs_finished ON runs (finished_at DESC) WHERE state = 'SUCCEEDED';

ALTER TABLE run_inputs ADD COLUMN role VARCHAR(16) NOT NULL DEFAULT 'dataset'
    CHECK (role IN ('dataset', 'define'));
ALTER TABLE run_inputs ADD COLUMN file_name VARCHAR(255);
ALTER TABLE run_inputs ADD COLUMN format VARCHAR(32);
ALTER TABLE run_inputs ADD COLUMN size_bytes BIGINT;
ALTER TABLE run_inputs ADD COLUMN position INTEGER NOT NULL DEFAULT 0;

-- Keyset paging of one run's findings.
CREATE INDEX findings_run_id ON findings (run_id, id);

CREATE TABLE run_reports (
    run_id       UUID          NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    tenant_id    VARCHAR(64)   NOT NULL REFERENCES tenants (id),
    format       VARCHAR(8)    NOT NULL,
    storage_key  VARCHAR(512)  NOT NULL UNIQUE,
    sha256       CHAR(64)      NOT NULL,
    size_bytes   BIGINT        NOT NULL CHECK (size_bytes >= 0),
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, format)
);
--rollback DROP TABLE run_reports; DROP INDEX findings_run_id; ALTER TABLE run_inputs DROP COLUMN position; ALTER TABLE run_inputs DROP COLUMN size_bytes; ALTER TABLE run_inputs DROP COLUMN format; ALTER TABLE run_inputs DROP COLUMN file_name; ALTER TABLE run_inputs DROP COLUMN role; DROP INDEX runs_finished; DROP INDEX runs_tenant_state; ALTER TABLE runs DROP COLUMN findings_stored; ALTER TABLE runs DROP COLUMN findings_total; ALTER TABLE runs DROP COLUMN retry_of; ALTER TABLE runs DROP COLUMN phase; ALTER TABLE runs DROP COLUMN timings; ALTER TABLE runs DROP COLUMN arguments; ALTER TABLE runs DROP COLUMN package_upload_id;
