--liquibase formatted sql

--changeset trialsage:008-audit-chain-index
-- The chain verifier, the CSV export and the API page through one tenant's events by id; without
-- this index each of them sorted the tenant's whole history.
CREATE INDEX audit_events_chain ON audit_events (tenant_id, id);
--rollback DROP INDEX audit_events_chain;
