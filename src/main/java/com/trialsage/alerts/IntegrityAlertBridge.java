package com.trialsage.alerts;

import com.trialsage.uploads.IntegrityAlert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Turns each {@link IntegrityAlert} of the uploads into an {@link AlertEvent} keyed {@code
 * storage-integrity-<upload id>}: every damaged upload needs a person (restore it or ask for it
 * again), while the scrubber finding the same one again is the same alert. Integrity failures never
 * resolve by themselves, so these keys stay firing until the instance restarts.
 */
@ApplicationScoped
public class IntegrityAlertBridge {
  static final String KEY_PREFIX = "storage-integrity-";

  @Inject Event<AlertEvent> alerts;
  @Inject Clock clock;

  IntegrityAlertBridge() {}

  IntegrityAlertBridge(Event<AlertEvent> alerts, Clock clock) {
    this.alerts = Objects.requireNonNull(alerts, "alerts must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  void on(@Observes IntegrityAlert alert) {
    alerts.fire(alertEvent(alert, clock.instant()));
  }

  static AlertEvent alertEvent(IntegrityAlert alert, Instant at) {
    Objects.requireNonNull(alert, "alert must not be null");
    return AlertEvent.firing(
        KEY_PREFIX + alert.upload(),
        AlertEvent.Severity.CRITICAL,
        "A stored upload no longer matches its SHA-256 (found during " + alert.context() + ")",
        Map.of(
            "tenant", alert.tenant().toString(),
            "upload", alert.upload().toString(),
            "context", alert.context(),
            "expectedSha256", alert.expected(),
            "actual", alert.actual()),
        at);
  }
}
