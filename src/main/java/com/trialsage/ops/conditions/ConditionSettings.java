package com.trialsage.ops.conditions;

import com.trialsage.config.RequiredSettings;
import com.trialsage.config.SettingProblem;
import com.trialsage.config.SettingReader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The thresholds of the in-app alert conditions and how often they are evaluated, from MicroProfile
 * Config ({@code trialsage.alerts.queue.oldest-age-seconds} is {@code
 * TRIALSAGE_ALERTS_QUEUE_OLDEST_AGE_SECONDS}). The defaults are those of the Prometheus rules.
 *
 * @param evaluationInterval pause between two evaluations
 * @param serverErrorPercent 5xx share of the last five minutes above which requests fail too often
 * @param serverErrorMinRequests requests in those five minutes below which the share is not judged
 * @param storagePercent storage use from which storage is almost full (the readiness threshold)
 * @param backlogRuns queued runs above which the queue is backlogged
 * @param oldestQueuedAge wait of the oldest queued run beyond which it is too old
 * @param noSuccessAge time without a successful run beyond which, with runs queued, runs stall
 */
record ConditionSettings(
    Duration evaluationInterval,
    double serverErrorPercent,
    long serverErrorMinRequests,
    double storagePercent,
    long backlogRuns,
    Duration oldestQueuedAge,
    Duration noSuccessAge) {
  static final String EVALUATION_INTERVAL = "trialsage.alerts.evaluation-interval-seconds";
  static final String SERVER_ERROR_PERCENT = "trialsage.alerts.server-errors.percent";
  static final String SERVER_ERROR_MIN_REQUESTS = "trialsage.alerts.server-errors.min-requests";
  // Shared with the readiness check, so the alert and "degraded" start at the same point.
  static final String STORAGE_PERCENT = "trialsage.storage.degraded-percent";
  static final String BACKLOG_RUNS = "trialsage.alerts.queue.backlog-runs";
  static final String OLDEST_QUEUED_AGE = "trialsage.alerts.queue.oldest-age-seconds";
  static final String NO_SUCCESS_AGE = "trialsage.alerts.runs.no-success-seconds";

  private static final long DAY_SECONDS = Duration.ofDays(1).toSeconds();
  private static final long MANY = 1_000_000_000L;

  ConditionSettings {
    requirePositive(evaluationInterval, "evaluationInterval");
    requirePositive(oldestQueuedAge, "oldestQueuedAge");
    requirePositive(noSuccessAge, "noSuccessAge");
    if (!(serverErrorPercent > 0 && serverErrorPercent <= 100)
        || !(storagePercent > 0 && storagePercent <= 100)) {
      throw new IllegalArgumentException("percentages must be above 0 and at most 100");
    }
    if (serverErrorMinRequests < 1 || backlogRuns < 1) {
      throw new IllegalArgumentException("serverErrorMinRequests and backlogRuns must be >= 1");
    }
  }

  /**
   * Reads and checks every setting.
   *
   * @param lookup the value of a configuration key, empty when it is not set
   * @throws IllegalStateException naming every invalid key and its environment variable
   */
  static ConditionSettings read(Function<String, Optional<String>> lookup) {
    SettingReader reader = new SettingReader(lookup);
    ConditionSettings settings =
        new ConditionSettings(
            seconds(reader, EVALUATION_INTERVAL, "pause between alert evaluations", 30, 3600),
            reader.decimal(
                SERVER_ERROR_PERCENT, "5xx share (percent) that raises an alert", 5, 0, 100),
            reader.number(
                SERVER_ERROR_MIN_REQUESTS, "requests in 5 minutes before 5xx count", 100, 1, MANY),
            reader.decimal(STORAGE_PERCENT, "storage use (percent) that is degraded", 80, 0, 100),
            reader.number(BACKLOG_RUNS, "queued runs that raise a backlog alert", 50, 1, MANY),
            seconds(
                reader, OLDEST_QUEUED_AGE, "wait of a queued run that alerts", 1800, DAY_SECONDS),
            seconds(reader, NO_SUCCESS_AGE, "time without a successful run", 3600, DAY_SECONDS));
    List<SettingProblem> problems = reader.problems();
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "In-app alert conditions will not start: " + RequiredSettings.describe(problems));
    }
    return settings;
  }

  private static Duration seconds(
      SettingReader reader, String key, String purpose, long defaultSeconds, long maxSeconds) {
    return Duration.ofSeconds(reader.number(key, purpose, defaultSeconds, 1, maxSeconds));
  }

  private static void requirePositive(Duration duration, String name) {
    if (duration == null || duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
  }
}
