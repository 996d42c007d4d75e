--liquibase formatted sql

--changeset trialsage:004-upload-package-index
-- A package's entries are read with it and deleted with it; run_inputs are looked up by upload
-- before lifecycle cleanup deletes anything.
CREATE INDEX uploads_package ON uploads (package_id) WHERE package_id IS NOT NULL;
CREATE INDEX run_inputs_upload ON run_inputs (upload_id);
--rollback DROP INDEX run_inputs_upload; DROP INDEX uploads_package;
