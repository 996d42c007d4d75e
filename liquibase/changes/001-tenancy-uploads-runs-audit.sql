--liquibase formatted sql

--changeset trialsage:001-tenants
-- Every other table refers to a tenant: isolation starts at the first table.
CREATE TABLE tenants (
    id                     VARCHAR(64)  PRIMARY KEY,
    display_name           VARCHAR(200),
    upload_quota_bytes     BIGINT CHECK (upload_quota_bytes IS NULL OR upload_quota_bytes >= 0),
    upload_retention_days  INTEGER CHECK (upload_retention_days IS NULL OR upload_retention_days > 0),
    created_at             TIMESTAMPTZ  NOT NULL DEFAULT now()
);
--rollback DROP TABLE tenants;

--changeset trialsage:001-uploads
CREATE TABLE uploads (
    id             UUID          PRIMARY KEY,
    tenant_id      VARCHAR(64)   NOT NULL REFERENCES tenants (id),
    package_id     UUID          REFERENCES uploads (id),
    file_name      VARCHAR(255)  NOT NULL,
    format         VARCHAR(32)   NOT NULL,
    size_bytes     BIGINT        NOT NULL CHECK (size_bytes >= 0),
    sha256         CHAR(64)      NOT NULL,
    storage_key    VARCHAR(512)  NOT NULL UNIQUE,
    created_by     VARCHAR(255)  NOT NULL,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    expires_at     TIMESTAMPTZ
);
CREATE INDEX uploads_tenant_created ON uploads (tenant_id, created_at DESC);
CREATE INDEX uploads_expires ON uploads (expires_at) WHERE expires_at IS NOT NULL;
--rollback DROP TABLE uploads;

--changeset trialsage:001-runs
CREATE TABLE runs (
    id                UUID          PRIMARY KEY,
    tenant_id         VARCHAR(64)   NOT NULL REFERENCES tenants (id),
    state             VARCHAR(16)   NOT NULL
                      CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    failure_reason    VARCHAR(32),
    standard          VARCHAR(16)   NOT NULL,
    standard_version  VARCHAR(16)   NOT NULL,
    ct_version        VARCHAR(32)   NOT NULL,
    define_upload_id  UUID          REFERENCES uploads (id),
    idempotency_key   VARCHAR(255),
    attempts          INTEGER       NOT NULL DEFAULT 0,
    lease_owner       VARCHAR(128),
    lease_until       TIMESTAMPTZ,
    engine_version    VARCHAR(64),
    catalog_sha256    CHAR(64),
    exit_code         INTEGER,
    created_by        VARCHAR(255)  NOT NULL,
    created_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    started_at        TIMESTAMPTZ,
    finished_at       TIMESTAMPTZ,
    UNIQUE (tenant_id, idempotency_key)
);
CREATE INDEX runs_tenant_created ON runs (tenant_id, created_at DESC);
CREATE INDEX runs_queue ON runs (created_at) WHERE state = 'QUEUED';
CREATE INDEX runs_leases ON runs (lease_until) WHERE state = 'RUNNING';

CREATE TABLE run_inputs (
    run_id     UUID      NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    upload_id  UUID      NOT NULL REFERENCES uploads (id),
    sha256     CHAR(64)  NOT NULL,
    PRIMARY KEY (run_id, upload_id)
);
--rollback DROP TABLE run_inputs; DROP TABLE runs;

--changeset trialsage:001-findings
CREATE TABLE findings (
    id             BIGSERIAL     PRIMARY KEY,
    tenant_id      VARCHAR(64)   NOT NULL REFERENCES tenants (id),
    run_id         UUID          NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    attempt        INTEGER       NOT NULL,
    rule_id        VARCHAR(16)   NOT NULL,
    severity       VARCHAR(8)    NOT NULL,
    dataset        VARCHAR(32),
    record_number  BIGINT,
    usubjid        VARCHAR(200),
    variable       VARCHAR(32),
    value          TEXT,
    message        TEXT          NOT NULL
);
CREATE INDEX findings_run ON findings (tenant_id, run_id, rule_id);
--rollback DROP TABLE findings;

--changeset trialsage:001-audit-events
CREATE TABLE audit_events (
    id           BIGSERIAL     PRIMARY KEY,
    tenant_id    VARCHAR(64)   NOT NULL REFERENCES tenants (id),
    occurred_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    subject      VARCHAR(255)  NOT NULL,
    action       VARCHAR(64)   NOT NULL,
    object_type  VARCHAR(32),
    object_id    VARCHAR(64),
    old_value    JSONB,
    new_value    JSONB,
    reason       TEXT,
    request_id   VARCHAR(128),
    prev_hash    CHAR(64),
    hash         CHAR(64)      NOT NULL
);
CREATE INDEX audit_events_tenant ON audit_events (tenant_id, occurred_at DESC);
--rollback DROP TABLE audit_events;
