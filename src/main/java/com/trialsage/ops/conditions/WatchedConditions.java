package com.trialsage.ops.conditions;

import com.trialsage.alerts.AlertEvent;
import com.trialsage.alerts.AlertEvent.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The conditions in-app alerts watch, each with its state. Thresholds come from the settings; how
 * long each must hold is the {@code for} of its Prometheus rule, so both raise the same alert at
 * about the same time. Plain Java: the container only feeds it readings on a schedule.
 */
final class WatchedConditions {
  static final String SERVER_ERRORS = "http-server-errors";
  static final String STORAGE_ALMOST_FULL = "storage-almost-full";
  static final String QUEUE_BACKLOG = "runs-queue-backlog";
  static final String QUEUED_TOO_OLD = "runs-queued-too-old";
  static final String NO_SUCCESS = "runs-no-success";

  private final Map<Condition, ConditionState> states = new LinkedHashMap<>();

  WatchedConditions(List<Condition> conditions) {
    Objects.requireNonNull(conditions, "conditions must not be null");
    conditions.forEach(condition -> states.put(condition, new ConditionState()));
  }

  static WatchedConditions of(ConditionSettings settings) {
    Objects.requireNonNull(settings, "settings must not be null");
    return new WatchedConditions(
        List.of(
            serverErrors(settings),
            storageAlmostFull(settings),
            queueBacklog(settings),
            queuedTooOld(settings),
            noSuccess(settings)));
  }

  /** The alerts whose status changed with these readings: usually none. */
  synchronized List<AlertEvent> evaluate(Readings readings, Instant now) {
    Objects.requireNonNull(readings, "readings must not be null");
    Objects.requireNonNull(now, "now must not be null");
    List<AlertEvent> changed = new ArrayList<>();
    states.forEach(
        (condition, state) ->
            state
                .observe(condition.observe().apply(readings), condition.holdFor(), now)
                .ifPresent(status -> changed.add(alert(condition, status, readings, now))));
    return changed;
  }

  /** The keys whose alert is firing now. */
  synchronized List<String> firing() {
    return states.entrySet().stream()
        .filter(entry -> entry.getValue().firing())
        .map(entry -> entry.getKey().key())
        .toList();
  }

  private static AlertEvent alert(
      Condition condition, AlertEvent.Status status, Readings readings, Instant now) {
    if (status == AlertEvent.Status.RESOLVED) {
      return AlertEvent.resolved(
          condition.key(), condition.severity(), condition.resolvedSummary(), now);
    }
    Map<String, String> details = new LinkedHashMap<>(condition.details().apply(readings));
    details.put("runbook", "docs/runbook.md, " + condition.prometheusAlert());
    return AlertEvent.firing(
        condition.key(), condition.severity(), condition.summary().apply(readings), details, now);
  }

  private static Condition serverErrors(ConditionSettings settings) {
    String percent = percent(settings.serverErrorPercent());
    return new Condition(
        SERVER_ERRORS,
        "TrialSageHighServerErrorRate",
        Severity.CRITICAL,
        Duration.ofMinutes(5),
        r ->
            Observation.of(
                r.requests().requests() >= settings.serverErrorMinRequests()
                    && r.requests().serverErrorPercent() > settings.serverErrorPercent()),
        r -> "More than " + percent + " of TrialSage requests fail with 5xx",
        r ->
            Map.of(
                "serverErrorPercent", percent(r.requests().serverErrorPercent()),
                "requests", Long.toString(r.requests().requests()),
                "serverErrors", Long.toString(r.requests().serverErrors()),
                "window", "5 minutes"),
        "TrialSage requests fail with 5xx at most " + percent + " again");
  }

  private static Condition storageAlmostFull(ConditionSettings settings) {
    String percent = percent(settings.storagePercent());
    return new Condition(
        STORAGE_ALMOST_FULL,
        "TrialSageStorageAlmostFull",
        Severity.ERROR,
        Duration.ofMinutes(10),
        r ->
            r.storageUsedPercent() < 0
                ? Observation.UNKNOWN
                : Observation.of(r.storageUsedPercent() >= settings.storagePercent()),
        r -> "TrialSage object storage is at least " + percent + " full",
        r ->
            Map.of(
                "usedPercent", percent(r.storageUsedPercent()),
                "usedBytes", Long.toString(r.storageUsedBytes()),
                "capacityBytes", Long.toString(r.storageCapacityBytes())),
        "TrialSage object storage is below " + percent + " full again");
  }

  private static Condition queueBacklog(ConditionSettings settings) {
    return new Condition(
        QUEUE_BACKLOG,
        "TrialSageRunQueueBacklog",
        Severity.WARNING,
        Duration.ofMinutes(15),
        r -> Observation.of(r.runsQueued() > settings.backlogRuns()),
        r ->
            "More than "
                + settings.backlogRuns()
                + " TrialSage runs have waited in the queue for 15 minutes",
        r -> Map.of("runsQueued", Long.toString(r.runsQueued())),
        "The TrialSage run queue holds " + settings.backlogRuns() + " runs or fewer again");
  }

  private static Condition queuedTooOld(ConditionSettings settings) {
    long limit = settings.oldestQueuedAge().toSeconds();
    return new Condition(
        QUEUED_TOO_OLD,
        "TrialSageQueuedRunTooOld",
        Severity.CRITICAL,
        Duration.ZERO,
        r -> Observation.of(r.oldestQueuedAgeSeconds() > limit),
        r -> "A TrialSage run has waited more than " + limit + " s to start",
        r ->
            Map.of(
                "oldestQueuedAgeSeconds", Long.toString(r.oldestQueuedAgeSeconds()),
                "runsQueued", Long.toString(r.runsQueued())),
        "No TrialSage run has waited more than " + limit + " s any more");
  }

  private static Condition noSuccess(ConditionSettings settings) {
    long limit = settings.noSuccessAge().toSeconds();
    return new Condition(
        NO_SUCCESS,
        "TrialSageNoSuccessfulRun",
        Severity.CRITICAL,
        Duration.ofMinutes(15),
        r -> Observation.of(r.lastSuccessAgeSeconds() > limit && r.runsQueued() > 0),
        r -> "No TrialSage run has succeeded for over " + limit + " s while runs are queued",
        r ->
            Map.of(
                "lastSuccessAgeSeconds", Long.toString(r.lastSuccessAgeSeconds()),
                "runsQueued", Long.toString(r.runsQueued())),
        "TrialSage runs succeed again, or none are waiting");
  }

  private static String percent(double value) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", value);
  }
}
