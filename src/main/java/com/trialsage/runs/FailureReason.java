package com.trialsage.runs;

/**
 * Why a run ended FAILED. The first three are infrastructure failures of the engine, the ones its
 * circuit breaker counts.
 */
public enum FailureReason {
  /** The engine crashed or exited with an internal error. */
  ENGINE_ERROR,
  /** The engine ran past the timeout and was killed. */
  TIMEOUT,
  /** The engine's output could not be read or broke its contract. */
  UNREADABLE_OUTPUT,
  /** Every attempt's lease expired: the instances holding it died or hung. */
  LEASE_EXPIRED,
  /** An input's checksum no longer matched: the stored object changed. */
  INTEGRITY,
  /** The engine's circuit breaker was open. */
  BREAKER_OPEN,
  /** The engine could not read an input (exit code 3): the user's data, not our failure. */
  UNREADABLE_INPUT,
  /** A user cancelled it. */
  CANCELLED,
  /** Object storage could not be read on every attempt. */
  STORAGE_UNAVAILABLE,
  /** This instance may not start the engine: isolation is weaker than the configuration demands. */
  SANDBOX_REFUSED;

  /** Whether the engine's infrastructure failed the run, rather than its data or a person. */
  public boolean isEngineInfrastructure() {
    return this == ENGINE_ERROR || this == TIMEOUT || this == UNREADABLE_OUTPUT;
  }
}
