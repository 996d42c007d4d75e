package com.trialsage.runs;

import com.trialsage.ops.errors.ErrorReporting;
import com.trialsage.persistence.SchemaMigration;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * This instance's worker slots ({@code trialsage.runs.workers}). Each slot claims the oldest
 * eligible queued run, executes it and claims again; idle slots wait for a {@code NOTIFY} on {@link
 * RunQueue#CHANNEL} (a listener thread holds one connection in {@code LISTEN}) and poll as a
 * fallback. A scheduler renews the leases of the runs held here, stops runs whose cancellation is
 * announced or whose lease was lost, re-queues expired leases (the reaper) and refreshes the queue
 * gauges. While the engine's breaker is open, slots claim nothing: queued runs wait.
 */
@ApplicationScoped
public class RunWorkers {
  private static final Logger LOG = Logger.getLogger(RunWorkers.class.getName());

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Resource ManagedThreadFactory threads;
  @Resource ManagedScheduledExecutorService scheduler;

  @Inject RunSettings settings;
  @Inject RunExecution execution;
  @Inject EngineBreaker breaker;
  @Inject RunMetrics metrics;
  @Inject ErrorReporting errors;

  private final Map<UUID, Held> held = new ConcurrentHashMap<>();
  private final Object wake = new Object();
  private final List<Thread> started = new ArrayList<>();
  private final List<ScheduledFuture<?>> tasks = new ArrayList<>();
  private volatile boolean running;
  private long wakeups;
  private RunQueue queue;
  private String instance;

  private record Held(ClaimedRun claim, RunControl control) {}

  // After the schema migration (PLATFORM_BEFORE) and the other start-up observers.
  void start(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 1100)
          @Initialized(ApplicationScoped.class)
          Object event) {
    instance =
        ManagementFactory.getRuntimeMXBean().getName()
            + "/"
            + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    queue = new RunQueue(dataSource, settings.lease(), settings.maxConcurrentPerTenant());
    running = true;
    long renewMillis = Math.max(1000, settings.lease().toMillis() / 3);
    tasks.add(
        scheduler.scheduleWithFixedDelay(
            this::renewLeases, renewMillis, renewMillis, TimeUnit.MILLISECONDS));
    tasks.add(scheduler.scheduleWithFixedDelay(this::housekeeping, 1, 5, TimeUnit.SECONDS));
    if (settings.workers() == 0) {
      LOG.info("Run workers: none on this instance (trialsage.runs.workers=0)");
      return;
    }
    startThread("trialsage-run-listener", this::listen);
    for (int slot = 1; slot <= settings.workers(); slot++) {
      String name = instance + "#" + slot;
      startThread("trialsage-run-worker-" + slot, () -> work(name));
    }
    LOG.info(
        "Run workers: "
            + settings.workers()
            + " slots, lease "
            + settings.lease().toSeconds()
            + " s, engine timeout "
            + settings.timeout().toSeconds()
            + " s");
  }

  private void startThread(String name, Runnable body) {
    Thread thread = threads.newThread(body);
    thread.setName(name);
    thread.setDaemon(true);
    started.add(thread);
    thread.start();
  }

  /** The number of runs this instance is executing now. */
  public int busy() {
    return held.size();
  }

  public int slots() {
    return settings.workers();
  }

  private void work(String worker) {
    while (running) {
      try {
        if (breaker.state() == EngineBreaker.State.OPEN) {
          waitForWork(Duration.between(Instant.now(), breaker.retryAt()));
          continue;
        }
        Optional<ClaimedRun> claimed = queue.claim(worker);
        if (claimed.isEmpty()) {
          waitForWork(settings.poll());
          continue;
        }
        ClaimedRun claim = claimed.get();
        RunControl control = new RunControl();
        held.put(claim.id(), new Held(claim, control));
        try {
          if (!running) {
            control.stop(RunControl.StopReason.SHUTDOWN);
          }
          execution.execute(queue, claim, control);
        } finally {
          held.remove(claim.id());
        }
      } catch (SQLException e) {
        LOG.log(Level.WARNING, "Run worker " + worker + ": database error; retrying", e);
        waitForWork(settings.poll());
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Run worker " + worker + " failed; it carries on", e);
        errors.backgroundFailed(e, "run-worker");
        waitForWork(settings.poll());
      }
    }
  }

  private void waitForWork(Duration atMost) {
    long millis = Math.max(50, Math.min(atMost.toMillis(), settings.poll().toMillis()));
    synchronized (wake) {
      long seen = wakeups;
      long deadline = System.currentTimeMillis() + millis;
      while (running && wakeups == seen) {
        long left = deadline - System.currentTimeMillis();
        if (left <= 0) {
          return;
        }
        try {
          wake.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private void wakeAll() {
    synchronized (wake) {
      wakeups++;
      wake.notifyAll();
    }
  }

  // One connection in LISTEN for the whole instance; reconnects after a failure.
  private void listen() {
    while (running) {
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("LISTEN " + RunQueue.CHANNEL);
        statement.execute("LISTEN " + RunQueue.CANCEL_CHANNEL);
        PGConnection listener = connection.unwrap(PGConnection.class);
        wakeAll();
        while (running) {
          PGNotification[] notifications = listener.getNotifications(1000);
          if (notifications == null) {
            continue;
          }
          boolean queued = false;
          for (PGNotification notification : notifications) {
            if (RunQueue.CANCEL_CHANNEL.equals(notification.getName())) {
              cancelHeld(notification.getParameter());
            } else {
              queued = true;
            }
          }
          if (queued) {
            wakeAll();
          }
        }
      } catch (SQLException e) {
        if (running) {
          LOG.log(Level.WARNING, "Run queue listener lost its connection; reconnecting", e);
          sleep(Duration.ofSeconds(2));
        }
      }
    }
  }

  private void cancelHeld(String runId) {
    try {
      Held run = held.get(UUID.fromString(runId));
      if (run != null) {
        LOG.info("Cancelling run " + runId + " at its owner's request");
        run.control().stop(RunControl.StopReason.CANCELLED);
      }
    } catch (IllegalArgumentException e) {
      LOG.fine("Ignoring a malformed cancellation notice");
    }
  }

  private void renewLeases() {
    for (Held run : held.values()) {
      try {
        Optional<Boolean> renewed = queue.renew(run.claim());
        if (renewed.isEmpty()) {
          run.control().stop(RunControl.StopReason.LEASE_LOST);
        } else if (renewed.get()) {
          run.control().stop(RunControl.StopReason.CANCELLED);
        }
      } catch (SQLException | RuntimeException e) {
        LOG.log(Level.WARNING, "Could not renew the lease of run " + run.claim().id(), e);
      }
    }
  }

  private void housekeeping() {
    try {
      for (ReapedRun run : queue.reapExpiredLeases()) {
        execution.reaped(run);
      }
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "Run reaper failed; it tries again shortly", e);
    }
    metrics.refresh();
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // Runs held here go back to the queue (their children killed) so another instance takes them
  // at once instead of after the lease.
  @PreDestroy
  void stop() {
    running = false;
    tasks.forEach(task -> task.cancel(false));
    held.values().forEach(run -> run.control().stop(RunControl.StopReason.SHUTDOWN));
    wakeAll();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    for (Thread thread : started) {
      try {
        thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
  }
}
