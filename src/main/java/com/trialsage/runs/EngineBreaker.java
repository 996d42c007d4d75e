package com.trialsage.runs;

import com.trialsage.alerts.AlertEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * What this instance knows of the engine's circuit breaker, for workers, submissions, readiness,
 * metrics and operators. MicroProfile Fault Tolerance keeps the breaker itself and offers no API to
 * read it, so this bean follows it from the outcomes of the calls it guards: three infrastructure
 * failures in a row open it; after the delay the next call is a trial; a success closes it. A
 * {@code CircuitBreakerOpenException} while this bean thinks it closed puts it right.
 *
 * <p>Each opening fires one {@code engine-breaker-open} alert and counts in {@code
 * engine_breaker_openings_total}; closing resolves the alert.
 */
@ApplicationScoped
public class EngineBreaker {
  static final String ALERT_KEY = "engine-breaker-open";
  private static final Logger LOG = Logger.getLogger(EngineBreaker.class.getName());
  private static final int THRESHOLD = 3;

  /** As the gauge shows it: 0 closed, 1 open, 2 half-open. */
  public enum State {
    CLOSED,
    OPEN,
    HALF_OPEN
  }

  private static final Metadata OPENINGS =
      Metadata.builder()
          .withName("engine.breaker.openings")
          .withDescription("Times the engine's circuit breaker opened")
          .build();

  @Inject RunSettings settings;
  @Inject Clock clock;
  @Inject Event<AlertEvent> alerts;
  @Inject MetricRegistry registry;

  private int consecutiveFailures;
  private Instant openedAt;
  private long openings;
  private String lastFailure;

  // Eager: the breaker's gauge and counter exist from the start, not from the first run.
  void registerAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {}

  @PostConstruct
  void registerMetrics() {
    registry.counter(OPENINGS);
    registry.gauge(
        Metadata.builder()
            .withName("engine.breaker.state")
            .withDescription("The engine's circuit breaker: 0 closed, 1 open, 2 half-open")
            .build(),
        this,
        breaker -> breaker.state().ordinal());
  }

  public synchronized State state() {
    if (openedAt == null) {
      return State.CLOSED;
    }
    return clock.instant().isBefore(retryAt()) ? State.OPEN : State.HALF_OPEN;
  }

  /** When the breaker lets a trial call through; meaningful while open. */
  public synchronized Instant retryAt() {
    return openedAt == null ? clock.instant() : openedAt.plus(settings.breakerDelay());
  }

  /** Seconds until a trial call is let through (at least 1), for {@code Retry-After}. */
  public long retryAfterSeconds() {
    long millis = Duration.between(clock.instant(), retryAt()).toMillis();
    return Math.max(1, (millis + 999) / 1000);
  }

  public synchronized long openings() {
    return openings;
  }

  public synchronized String lastFailure() {
    return lastFailure;
  }

  public synchronized int consecutiveFailures() {
    return consecutiveFailures;
  }

  /** The guarded call returned (findings or not) or was skipped (stopped from outside). */
  void succeeded() {
    boolean closed;
    synchronized (this) {
      consecutiveFailures = 0;
      closed = openedAt != null;
      openedAt = null;
    }
    if (closed) {
      LOG.info("Engine circuit breaker closed: a trial run succeeded");
      alerts.fire(
          AlertEvent.resolved(
              ALERT_KEY,
              AlertEvent.Severity.CRITICAL,
              "The validator engine's circuit breaker closed again",
              clock.instant()));
    }
  }

  /** The guarded call failed as infrastructure. */
  void failed(FailureReason reason, String detail) {
    boolean opened;
    synchronized (this) {
      consecutiveFailures++;
      lastFailure = reason + ": " + detail;
      State before = state();
      opened =
          before == State.HALF_OPEN || (before == State.CLOSED && consecutiveFailures >= THRESHOLD);
      if (opened) {
        openedAt = clock.instant();
      }
    }
    if (opened) {
      open(reason + ": " + detail);
    }
  }

  /** The guarded call was refused because Fault Tolerance holds the breaker open. */
  void rejected() {
    boolean opened;
    synchronized (this) {
      opened = openedAt == null;
      if (opened) {
        openedAt = clock.instant();
      }
    }
    if (opened) {
      open("Fault Tolerance refused a call while this instance counted it closed");
    }
  }

  private void open(String why) {
    long count;
    synchronized (this) {
      count = ++openings;
    }
    registry.counter(OPENINGS).inc();
    LOG.severe(
        "ALERT engine circuit breaker opened for "
            + settings.breakerDelay().toSeconds()
            + " s after "
            + THRESHOLD
            + " consecutive infrastructure failures (opening "
            + count
            + "); last: "
            + why);
    alerts.fire(
        AlertEvent.firing(
            ALERT_KEY,
            AlertEvent.Severity.CRITICAL,
            "The validator engine failed "
                + THRESHOLD
                + " times in a row; runs wait until it recovers",
            Map.of(
                "lastFailure",
                why.length() > 300 ? why.substring(0, 300) : why,
                "retryAt",
                retryAt().toString()),
            clock.instant()));
  }
}
