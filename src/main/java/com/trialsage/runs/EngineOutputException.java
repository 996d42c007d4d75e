package com.trialsage.runs;

/**
 * The engine's output breaks its contract: missing, too large, not JSON, a field of the wrong type
 * or size. The run fails as {@link FailureReason#UNREADABLE_OUTPUT}, which counts against the
 * engine's circuit breaker.
 */
public class EngineOutputException extends RuntimeException {
  public EngineOutputException(String message) {
    super(message);
  }

  public EngineOutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
