--liquibase formatted sql

--changeset trialsage:002-rate-limit-windows
-- One row per tenant, operation and one-minute window; the count is raised atomically.
CREATE TABLE rate_limit_windows (
    tenant_id     VARCHAR(64)  NOT NULL REFERENCES tenants (id),
    operation     VARCHAR(16)  NOT NULL,
    window_start  TIMESTAMPTZ  NOT NULL,
    requests      INTEGER      NOT NULL CHECK (requests > 0),
    PRIMARY KEY (tenant_id, operation, window_start)
);
CREATE INDEX rate_limit_windows_start ON rate_limit_windows (window_start);
--rollback DROP TABLE rate_limit_windows;
