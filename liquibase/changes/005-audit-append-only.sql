--liquibase formatted sql

--changeset trialsage:005-audit-append-only splitStatements:false
-- 21 CFR Part 11 §11.10(e): the audit trail must not be changed after the fact. The database itself
-- refuses UPDATE and DELETE on it, whoever asks; TRUNCATE needs the table owner's privileges,
-- which the service's production role should not have (see README).
CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_events_append_only
    BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
--rollback DROP TRIGGER audit_events_append_only ON audit_events; DROP FUNCTION audit_events_refuse_change();
