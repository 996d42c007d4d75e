package com.trialsage.runs;

import java.util.Objects;
import java.util.UUID;

/**
 * A run whose lease the reaper found expired: back in the queue ({@link RunState#QUEUED}) or, with
 * no attempt left, failed ({@link RunState#FAILED} with {@link FailureReason#LEASE_EXPIRED}).
 */
public record ReapedRun(UUID id, String tenant, int attempts, RunState state) {
  public ReapedRun {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(state, "state");
  }

  public boolean failed() {
    return state == RunState.FAILED;
  }
}
