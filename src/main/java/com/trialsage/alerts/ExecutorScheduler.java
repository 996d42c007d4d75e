package com.trialsage.alerts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A {@link DeliveryScheduler} on a {@link ScheduledExecutorService} it does not own, such as the
 * container's managed one: {@link #cancelAll()} cancels what it scheduled, but never shuts the
 * executor down.
 */
final class ExecutorScheduler implements DeliveryScheduler {
  private final ScheduledExecutorService executor;
  private final List<Future<?>> scheduled = new ArrayList<>();

  ExecutorScheduler(ScheduledExecutorService executor) {
    this.executor = Objects.requireNonNull(executor, "executor must not be null");
  }

  @Override
  public synchronized void schedule(Runnable task, Duration delay) {
    Objects.requireNonNull(task, "task must not be null");
    Objects.requireNonNull(delay, "delay must not be null");
    scheduled.removeIf(Future::isDone);
    scheduled.add(executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS));
  }

  /** Cancels every task not yet run, such as retries waiting for their back-off. */
  synchronized void cancelAll() {
    scheduled.forEach(task -> task.cancel(false));
    scheduled.clear();
  }
}
