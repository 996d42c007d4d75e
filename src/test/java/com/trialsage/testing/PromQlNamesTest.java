package com.trialsage.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PromQlNamesTest {

  @Test
  void findsMetricNamesButNotFunctionsLabelsOrKeywords() {
    assertThat(
            PromQlNames.metricNames(
                "sum by (route) (rate(http_server_requests_seconds_count{status=\"5xx\"}[5m]))"
                    + " / sum(rate(http_server_requests_seconds_count[$__rate_interval]))"
                    + " > 0.05 and on (instance) runs_queued > 0"))
        .containsExactlyInAnyOrder("http_server_requests_seconds_count", "runs_queued");
  }

  @Test
  void readsHistogramQuantilesAndComparisons() {
    assertThat(
            PromQlNames.metricNames(
                "histogram_quantile(0.95, sum by (le) (rate(run_queue_wait_seconds_bucket[5m])))"
                    + " > bool 1e3 unless max(engine_breaker_state) offset 5m"))
        .containsExactlyInAnyOrder("run_queue_wait_seconds_bucket", "engine_breaker_state");
  }

  @Test
  void readsEveryExpressionOfTheRulesAndTheDashboard() throws Exception {
    Path project = Path.of("");

    assertThat(PromQlNames.alertExpressions(project))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(PromQlNames.metricNames(e)).isNotEmpty())
        .anySatisfy(e -> assertThat(e).contains("http_server_requests_seconds_count"));
    assertThat(PromQlNames.dashboardExpressions(project))
        .hasSizeGreaterThan(20)
        .allSatisfy(e -> assertThat(PromQlNames.metricNames(e)).isNotEmpty());
  }
}
