package com.trialsage.ops.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConditionSettingsTest {

  @Test
  void defaultsToThePrometheusRulesThresholds() {
    ConditionSettings settings = read(Map.of());

    assertThat(settings.evaluationInterval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.serverErrorPercent()).isEqualTo(5);
    assertThat(settings.serverErrorMinRequests()).isEqualTo(100);
    assertThat(settings.storagePercent()).isEqualTo(80);
    assertThat(settings.backlogRuns()).isEqualTo(50);
    assertThat(settings.oldestQueuedAge()).isEqualTo(Duration.ofMinutes(30));
    assertThat(settings.noSuccessAge()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void readsEveryThreshold() {
    ConditionSettings settings =
        read(
            Map.of(
                ConditionSettings.EVALUATION_INTERVAL, "5",
                ConditionSettings.SERVER_ERROR_PERCENT, "2.5",
                ConditionSettings.SERVER_ERROR_MIN_REQUESTS, "20",
                ConditionSettings.STORAGE_PERCENT, "90",
                ConditionSettings.BACKLOG_RUNS, "200",
                ConditionSettings.OLDEST_QUEUED_AGE, "600",
                ConditionSettings.NO_SUCCESS_AGE, "7200"));

    assertThat(settings)
        .isEqualTo(
            new ConditionSettings(
                Duration.ofSeconds(5),
                2.5,
                20,
                90,
                200,
                Duration.ofMinutes(10),
                Duration.ofHours(2)));
  }

  @Test
  void namesEveryBadKeyAndItsEnvironmentVariableAtOnce() {
    Map<String, String> bad =
        Map.of(
            ConditionSettings.EVALUATION_INTERVAL, "0",
            ConditionSettings.SERVER_ERROR_PERCENT, "120",
            ConditionSettings.SERVER_ERROR_MIN_REQUESTS, "many",
            ConditionSettings.OLDEST_QUEUED_AGE, "-5");

    assertThatThrownBy(() -> read(bad))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("4 settings are missing or invalid")
        .hasMessageContaining("TRIALSAGE_ALERTS_EVALUATION_INTERVAL_SECONDS")
        .hasMessageContaining("TRIALSAGE_ALERTS_SERVER_ERRORS_PERCENT")
        .hasMessageContaining("TRIALSAGE_ALERTS_SERVER_ERRORS_MIN_REQUESTS")
        .hasMessageContaining("TRIALSAGE_ALERTS_QUEUE_OLDEST_AGE_SECONDS");
  }

  private static ConditionSettings read(Map<String, String> values) {
    return ConditionSettings.read(key -> Optional.ofNullable(values.get(key)));
  }
}
