package com.trialsage.alerts;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs every step at once on one thread and records the pauses it was asked for, so retry tests
 * check the back-off without waiting for it.
 */
final class RecordingScheduler implements DeliveryScheduler, AutoCloseable {
  private final ExecutorService thread = Executors.newSingleThreadExecutor();
  private final List<Duration> pauses = new CopyOnWriteArrayList<>();

  @Override
  public void schedule(Runnable task, Duration delay) {
    if (!delay.isZero()) {
      pauses.add(delay);
    }
    thread.execute(task);
  }

  /** The non-zero delays asked for, in order: the pauses before retries. */
  List<Duration> pauses() {
    return List.copyOf(pauses);
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
