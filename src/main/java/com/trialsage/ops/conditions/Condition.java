package com.trialsage.ops.conditions;

import com.trialsage.alerts.AlertEvent;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One watched condition and the alert it raises.
 *
 * @param key the alert key, stable across instances and restarts
 * @param prometheusAlert the Prometheus rule that watches the same condition (and names its runbook
 *     section)
 * @param severity the alert's severity
 * @param holdFor how long the condition must hold before the alert fires (Prometheus {@code for})
 * @param observe whether the readings show the condition
 * @param summary the firing alert's one line, from the readings that fired it
 * @param details the firing alert's facts, from the same readings
 * @param resolvedSummary the line of the alert's resolve
 */
record Condition(
    String key,
    String prometheusAlert,
    AlertEvent.Severity severity,
    Duration holdFor,
    Function<Readings, Observation> observe,
    Function<Readings, String> summary,
    Function<Readings, Map<String, String>> details,
    String resolvedSummary) {

  Condition {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(prometheusAlert, "prometheusAlert must not be null");
    Objects.requireNonNull(severity, "severity must not be null");
    Objects.requireNonNull(holdFor, "holdFor must not be null");
    Objects.requireNonNull(observe, "observe must not be null");
    Objects.requireNonNull(summary, "summary must not be null");
    Objects.requireNonNull(details, "details must not be null");
    Objects.requireNonNull(resolvedSummary, "resolvedSummary must not be null");
    if (holdFor.isNegative()) {
      throw new IllegalArgumentException("holdFor must not be negative, was " + holdFor);
    }
  }
}
