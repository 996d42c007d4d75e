package com.trialsage.sandbox;

import java.time.Duration;

/**
 * How a sandboxed child ended.
 *
 * @param exitCode the exit code; for a child killed by a signal, 128 + the signal number
 * @param timedOut whether the timeout killed it
 * @param elapsed wall-clock time from start to end
 * @param stderrTail the last few kilobytes the child wrote to standard error, for diagnosis
 */
public record Outcome(int exitCode, boolean timedOut, Duration elapsed, String stderrTail) {

  /** Whether a signal ended the child (a crash, a limit, or the timeout). */
  public boolean killedBySignal() {
    return exitCode > 128;
  }
}
