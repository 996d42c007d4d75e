package com.trialsage.ops.conditions;

import com.trialsage.alerts.AlertEvent;
import com.trialsage.runs.RunMetrics;
import com.trialsage.storage.ObjectStore;
import com.trialsage.storage.StorageCapacity;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Evaluates the {@link WatchedConditions} on the server's managed scheduler every {@code
 * trialsage.alerts.evaluation-interval-seconds} and fires an {@link AlertEvent} when one starts or
 * ends. Requests never wait for it: they only count in the {@link ServerErrorWindow}. Invalid
 * thresholds fail the deployment, naming each bad key.
 */
@ApplicationScoped
public class ConditionSchedule {
  private static final Logger LOG = Logger.getLogger(ConditionSchedule.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Config config;
  @Inject Clock clock;
  @Inject Event<AlertEvent> alerts;
  @Inject ServerErrorWindow requests;
  @Inject RunMetrics runs;
  @Inject ObjectStore store;

  private WatchedConditions conditions;
  private ScheduledFuture<?> task;

  // After the schema migration and the other start-up observers, like the housekeeping schedule.
  void start(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 1000)
          @Initialized(ApplicationScoped.class)
          Object started) {
    ConditionSettings settings =
        ConditionSettings.read(key -> config.getOptionalValue(key, String.class));
    conditions = WatchedConditions.of(settings);
    long intervalSeconds = settings.evaluationInterval().toSeconds();
    task =
        scheduler.scheduleWithFixedDelay(
            this::evaluate, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    LOG.info("In-app alert conditions evaluated every " + intervalSeconds + " s: " + settings);
  }

  void evaluate() {
    try {
      for (AlertEvent alert : conditions.evaluate(readings(), clock.instant())) {
        LOG.log(
            alert.status() == AlertEvent.Status.FIRING ? Level.WARNING : Level.INFO,
            "Alert " + alert.key() + " " + alert.status() + ": " + alert.summary());
        alerts.fire(alert);
      }
    } catch (RuntimeException e) {
      // The schedule must survive one bad evaluation; the next one sees the conditions again.
      LOG.log(Level.WARNING, "Evaluating the in-app alert conditions failed", e);
    }
  }

  private Readings readings() {
    // Unreadable storage is "capacity unknown": the storage alert keeps its state until it reads.
    StorageCapacity storage = store.capacityOrUnknown();
    return new Readings(
        requests.lastFiveMinutes(),
        storage.usedBytes(),
        storage.capacityBytes(),
        runs.queued(),
        runs.oldestQueuedAgeSeconds(),
        runs.lastSuccessAgeSeconds());
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
