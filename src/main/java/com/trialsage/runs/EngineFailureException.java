package com.trialsage.runs;

import java.util.Objects;

/**
 * The engine failed as infrastructure: it crashed, ran out of time or wrote output that breaks its
 * contract. These, and only these, count against the engine's circuit breaker.
 */
public class EngineFailureException extends Exception {
  private static final long serialVersionUID = 1L;

  private final FailureReason reason;
  private final Integer exitCode;

  public EngineFailureException(FailureReason reason, String detail, Integer exitCode) {
    super(detail);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.exitCode = exitCode;
  }

  public FailureReason reason() {
    return reason;
  }

  public Integer exitCode() {
    return exitCode;
  }
}
