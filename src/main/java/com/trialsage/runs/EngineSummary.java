package com.trialsage.runs;

import java.util.Objects;

/**
 * What the service keeps of the engine's {@code summary.json}, checked, plus the document itself
 * for the run record.
 */
public record EngineSummary(
    String engineVersion,
    String catalogSha256,
    String controlledTerminology,
    long elapsedMillis,
    long findingsTotal,
    long findingsWritten,
    String json) {

  public EngineSummary {
    Objects.requireNonNull(engineVersion, "engineVersion");
    Objects.requireNonNull(catalogSha256, "catalogSha256");
    Objects.requireNonNull(json, "json");
  }
}
