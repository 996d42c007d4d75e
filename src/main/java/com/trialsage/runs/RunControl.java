package com.trialsage.runs;

/**
 * Lets other threads stop the run a worker is executing: a user's cancellation, a lost lease or the
 * instance shutting down. While the engine runs, stopping interrupts the worker's thread, which
 * kills the child's process tree; in the other phases the worker checks {@link #stopReason()} at
 * each step.
 */
final class RunControl {
  /** Why a run was stopped from outside. */
  enum StopReason {
    CANCELLED,
    LEASE_LOST,
    SHUTDOWN
  }

  private Thread engineThread;
  private volatile StopReason stopReason;

  /** Marks the current thread as the one waiting for the engine. */
  synchronized void enterEngine() throws InterruptedException {
    if (stopReason != null) {
      throw new InterruptedException("stopped before the engine started: " + stopReason);
    }
    engineThread = Thread.currentThread();
  }

  /** Leaves the engine phase and clears any interrupt meant for it. */
  synchronized void leaveEngine() {
    engineThread = null;
    Thread.interrupted();
  }

  /** Stops the run for {@code reason}; the first reason wins. */
  synchronized void stop(StopReason reason) {
    if (stopReason == null) {
      stopReason = reason;
    }
    if (engineThread != null) {
      engineThread.interrupt();
    }
  }

  /** Null while nobody asked the run to stop. */
  StopReason stopReason() {
    return stopReason;
  }
}
