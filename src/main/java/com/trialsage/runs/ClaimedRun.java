package com.trialsage.runs;

import java.util.Objects;
import java.util.UUID;

/**
 * A run a worker holds under lease. {@code attempt} numbers the claims of one run, so a worker
 * whose lease was taken over cannot write over the newer attempt's results. {@code traceParent} is
 * the W3C trace parent of the request that queued it, or null.
 */
public record ClaimedRun(UUID id, String tenant, int attempt, String worker, String traceParent) {
  public ClaimedRun {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(worker, "worker");
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt counts from 1, was " + attempt);
    }
  }
}
