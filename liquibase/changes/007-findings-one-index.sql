--liquibase formatted sql

--changeset trialsage:007-findings-one-index
-- Every read of findings names one run (paged by id, filtered within it, counted per rule), which
-- findings_run_id (run_id, id) serves; findings_run (tenant_id, run_id, rule_id) only cost a third
-- index insert per row on the COPY path.
DROP INDEX findings_run;
--rollback CREATE INDEX findings_run ON findings (tenant_id, run_id, rule_id);
