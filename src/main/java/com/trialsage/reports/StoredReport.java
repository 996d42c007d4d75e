package com.trialsage.reports;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A rendered report as kept in object storage: its key, SHA-256 (hex) and size, recorded in {@code
 * run_reports} so every later download serves, and checks, the same bytes.
 */
public record StoredReport(
    UUID runId,
    String tenant,
    ReportFormat format,
    String storageKey,
    String sha256,
    long sizeBytes,
    OffsetDateTime createdAt) {

  public StoredReport {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(storageKey, "storageKey");
    Objects.requireNonNull(sha256, "sha256");
  }
}
