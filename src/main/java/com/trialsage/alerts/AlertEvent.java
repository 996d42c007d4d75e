package com.trialsage.alerts;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A condition an operator must hear about, fired as a CDI event by whatever detects it. {@code key}
 * names the condition (for example {@code engine-breaker-open}): the same key firing again before
 * it resolves is one alert, not a new one, and a {@link Status#RESOLVED} event with the key closes
 * it.
 *
 * @param key stable identifier of the condition, at most 255 characters
 * @param severity how urgently a person must act
 * @param status whether the condition holds or has cleared
 * @param summary one line a person reads first
 * @param details further facts, as short strings (no secrets, no personal data)
 * @param occurredAt when the condition was seen
 */
public record AlertEvent(
    String key,
    Severity severity,
    Status status,
    String summary,
    Map<String, String> details,
    Instant occurredAt) {

  public AlertEvent {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(occurredAt, "occurredAt");
    if (key.isBlank() || key.length() > 255) {
      throw new IllegalArgumentException("an alert key has 1 to 255 characters");
    }
    details = details == null ? Map.of() : Map.copyOf(details);
  }

  public static AlertEvent firing(
      String key, Severity severity, String summary, Map<String, String> details, Instant at) {
    return new AlertEvent(key, severity, Status.FIRING, summary, details, at);
  }

  public static AlertEvent resolved(String key, Severity severity, String summary, Instant at) {
    return new AlertEvent(key, severity, Status.RESOLVED, summary, Map.of(), at);
  }

  /** PagerDuty's severities, which Slack and webhooks receive as words too. */
  public enum Severity {
    CRITICAL,
    ERROR,
    WARNING,
    INFO
  }

  public enum Status {
    FIRING,
    RESOLVED
  }
}
