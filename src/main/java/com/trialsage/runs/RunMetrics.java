package com.trialsage.runs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Run metrics. Counters and timers count what this instance did; the queue gauges ({@code
 * runs_queued}, {@code runs_running}, {@code runs_oldest_queued_age_seconds}, {@code
 * runs_last_success_age_seconds}) describe the whole cluster, read from PostgreSQL by {@link
 * #refresh()} (every few seconds, not per scrape). Labels are bounded: outcome, failure reason and
 * exit kind are enums; no run or tenant ids.
 */
@ApplicationScoped
public class RunMetrics {
  private static final Logger LOG = Logger.getLogger(RunMetrics.class.getName());
  private static final String QUEUE =
      "SELECT count(*) FILTER (WHERE state = 'QUEUED'),"
          + " count(*) FILTER (WHERE state = 'RUNNING'),"
          + " coalesce(extract(epoch FROM now() - min(created_at) FILTER (WHERE state = 'QUEUED')),"
          + " 0),"
          + " extract(epoch FROM now() - (SELECT max(finished_at) FROM runs"
          + "   WHERE state = 'SUCCEEDED'))"
          + " FROM runs WHERE state IN ('QUEUED', 'RUNNING')";

  private static final Metadata QUEUE_WAIT =
      Metadata.builder()
          .withName("run.queue.wait")
          .withDescription("From submission to the engine's start")
          .withUnit(MetricUnits.SECONDS)
          .build();
  private static final Metadata DURATION =
      Metadata.builder()
          .withName("run.duration")
          .withDescription("From a worker's claim to the run's final state")
          .withUnit(MetricUnits.SECONDS)
          .build();

  @Resource(lookup = com.trialsage.persistence.SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject MetricRegistry registry;

  private final AtomicLong queued = new AtomicLong();
  private final AtomicLong running = new AtomicLong();
  private final AtomicLong oldestQueuedSeconds = new AtomicLong();
  private final AtomicLong lastSuccessAgeSeconds = new AtomicLong(-1);
  private final long startedAtNanos = System.nanoTime();

  @PostConstruct
  void register() {
    gauge("runs.queued", "Runs waiting in the queue (all instances)", null, queued);
    gauge("runs.running", "Runs being validated (all instances)", null, running);
    gauge(
        "runs.oldest.queued.age",
        "Age of the oldest queued run (0 when none)",
        MetricUnits.SECONDS,
        oldestQueuedSeconds);
    registry.gauge(
        Metadata.builder()
            .withName("runs.last.success.age")
            .withDescription(
                "Seconds since a run last succeeded (since this instance started if none has)")
            .withUnit(MetricUnits.SECONDS)
            .build(),
        this,
        RunMetrics::lastSuccessAgeSeconds);
  }

  /**
   * Registers every counter and timer at zero when the application starts: Prometheus' {@code
   * increase()} misses the first event of a series that appears at 1, and dashboards show zeros
   * rather than gaps. Every label value is an enum constant or a fixed kind, so the set is bounded.
   */
  void registerAtZero(@Observes @Initialized(ApplicationScoped.class) Object started) {
    registry.counter("runs.submitted");
    finishedCounter(RunState.SUCCEEDED, null);
    for (FailureReason reason : FailureReason.values()) {
      finishedCounter(RunState.FAILED, reason);
    }
    for (EngineExit exit : EngineExit.values()) {
      exitCounter(exit);
    }
    registry.timer(QUEUE_WAIT);
    registry.timer(DURATION);
  }

  private void gauge(String name, String description, String unit, AtomicLong value) {
    var metadata = Metadata.builder().withName(name).withDescription(description);
    if (unit != null) {
      metadata.withUnit(unit);
    }
    registry.gauge(metadata.build(), value, AtomicLong::get);
  }

  /** Runs waiting in the queue, all instances, as of the last {@link #refresh()}. */
  public long queued() {
    return queued.get();
  }

  /** How long the oldest queued run has waited (0 when none), as of the last refresh. */
  public long oldestQueuedAgeSeconds() {
    return oldestQueuedSeconds.get();
  }

  /** Seconds since a run last succeeded, or since this instance started if none has. */
  public long lastSuccessAgeSeconds() {
    long age = lastSuccessAgeSeconds.get();
    return age >= 0 ? age : Duration.ofNanos(System.nanoTime() - startedAtNanos).toSeconds();
  }

  /** Reads the queue gauges from the database. */
  void refresh() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(QUEUE)) {
      row.next();
      queued.set(row.getLong(1));
      running.set(row.getLong(2));
      oldestQueuedSeconds.set(Math.round(row.getDouble(3)));
      double age = row.getDouble(4);
      lastSuccessAgeSeconds.set(row.wasNull() ? -1 : Math.round(age));
    } catch (SQLException e) {
      LOG.log(Level.FINE, "Could not refresh the run queue gauges", e);
    }
  }

  void submitted() {
    registry.counter("runs.submitted").inc();
  }

  void finished(RunState state, FailureReason reason) {
    finishedCounter(state, reason).inc();
  }

  private Counter finishedCounter(RunState state, FailureReason reason) {
    return registry.counter(
        "runs.finished",
        new Tag("outcome", state.name().toLowerCase(Locale.ROOT)),
        new Tag("reason", reason == null ? "none" : reason.name().toLowerCase(Locale.ROOT)));
  }

  void engineExit(EngineExit exit) {
    exitCounter(exit).inc();
  }

  private Counter exitCounter(EngineExit exit) {
    return registry.counter("engine.exits", new Tag("kind", exit.label()));
  }

  void queueWait(Duration wait) {
    registry.timer(QUEUE_WAIT).update(wait);
  }

  void duration(Duration duration) {
    registry.timer(DURATION).update(duration);
  }
}
