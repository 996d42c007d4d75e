package com.trialsage.runs;

/**
 * The run was stopped from outside while the engine ran (cancelled, lease lost, shutdown). Not an
 * engine failure: the circuit breaker skips it.
 */
public class RunStoppedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient RunControl.StopReason reason;

  RunStoppedException(RunControl.StopReason reason) {
    super("run stopped: " + reason);
    this.reason = reason;
  }

  RunControl.StopReason reason() {
    return reason;
  }
}
