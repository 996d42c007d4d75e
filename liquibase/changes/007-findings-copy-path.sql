--liquibase formatted sql

--changeset trialsage:007-findings-copy-path
-- Every read of findings names one run (paged by id, filtered within it, counted per rule), which
-- findings_run_id (run_id, id) serves; findings_run (tenant_id, run_id, rule_id) only cost a third
-- index insert per row on the COPY path.
DROP INDEX findings_run;
-- A finding belongs to its run, whose tenant the run row already references; checking the tenant
-- again for each of a million COPY rows was a second referential-integrity trigger per row.
ALTER TABLE findings DROP CONSTRAINT findings_tenant_id_fkey;
--rollback ALTER TABLE findings ADD CONSTRAINT findings_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES tenants (id); CREATE INDEX findings_run ON findings (tenant_id, run_id, rule_id);
