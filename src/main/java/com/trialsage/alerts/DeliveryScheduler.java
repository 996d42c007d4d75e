package com.trialsage.alerts;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs delivery steps later, off the thread that fired the alert: the container's managed scheduler
 * in production, a recording one in tests. Tasks it runs must not block.
 */
interface DeliveryScheduler {

  /**
   * Runs the task once after the delay.
   *
   * @throws RejectedExecutionException when the scheduler no longer takes work (shutting down)
   */
  void schedule(Runnable task, Duration delay);
}
