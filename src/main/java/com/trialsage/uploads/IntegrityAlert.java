package com.trialsage.uploads;

import com.trialsage.tenancy.TenantId;

/**
 * Fired (as a CDI event) when an upload's bytes no longer match the SHA-256 recorded when it was
 * accepted: stored data changed behind TrialSage's back, which an operator must look into.
 *
 * @param tenant whose upload it is
 * @param upload the upload
 * @param expected the recorded SHA-256
 * @param actual what the stored bytes hash to now, or "missing" when the object is gone
 * @param context where it was found: {@code use} or {@code scrub}
 */
public record IntegrityAlert(
    TenantId tenant, UploadId upload, String expected, String actual, String context) {}
