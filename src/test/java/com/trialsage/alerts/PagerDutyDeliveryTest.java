package com.trialsage.alerts;

import static com.trialsage.alerts.AlertFixtures.PATIENCE;
import static com.trialsage.alerts.AlertFixtures.SOURCE;
import static com.trialsage.alerts.AlertFixtures.firing;
import static com.trialsage.alerts.AlertFixtures.resolved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trialsage.alerts.AlertReceiver.Answer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PagerDutyDeliveryTest {
  private static final String ROUTING_KEY = "R0UT1NGKEY0123456789ABCDEFGHIJKL";

  private AlertReceiver pagerDuty;
  private RecordingScheduler scheduler;
  private CountingMetrics metrics;
  private AlertDelivery delivery;

  @BeforeEach
  void start() throws Exception {
    pagerDuty = AlertReceiver.start();
    pagerDuty.answerEveryRequest(Answer.status(202));
    scheduler = new RecordingScheduler();
    metrics = new CountingMetrics();
    Channel channel =
        new Channel(
            "pagerduty", pagerDuty.url("/v2/enqueue"), new PagerDutyFormat(ROUTING_KEY, SOURCE));
    delivery = AlertFixtures.deliver(channel, AlertFixtures.rules(), scheduler, metrics);
  }

  @AfterEach
  void stop() {
    delivery.close();
    scheduler.close();
    pagerDuty.close();
  }

  @Test
  void triggersThenResolvesWithTheSameDedupKey() {
    delivery.accept(firing("engine-breaker-open"));
    delivery.accept(resolved("engine-breaker-open"));

    await().atMost(PATIENCE).until(() -> metrics.count("delivered", "pagerduty") == 2);
    JsonObject trigger = pagerDuty.requests().get(0).json();
    JsonObject resolve = pagerDuty.requests().get(1).json();
    assertThat(trigger.getString("routing_key")).isEqualTo(ROUTING_KEY);
    assertThat(trigger.getString("event_action")).isEqualTo("trigger");
    assertThat(trigger.getString("dedup_key")).isEqualTo("trialsage:engine-breaker-open");
    assertThat(resolve.getString("event_action")).isEqualTo("resolve");
    assertThat(resolve.getString("dedup_key")).isEqualTo(trigger.getString("dedup_key"));
    assertThat(resolve.containsKey("payload")).isFalse();
  }

  @Test
  void triggerCarriesThePayloadFieldsOfEventsApiV2() {
    delivery.accept(firing("engine-breaker-open"));

    await().atMost(PATIENCE).until(() -> metrics.count("delivered", "pagerduty") == 1);
    JsonObject payload = pagerDuty.requests().get(0).json().getJsonObject("payload");
    assertThat(payload.getString("summary"))
        .isEqualTo("The validator engine failed 3 times in a row");
    assertThat(payload.getString("source")).isEqualTo(SOURCE);
    assertThat(payload.getString("severity")).isEqualTo("critical");
    assertThat(payload.getString("timestamp")).isEqualTo("2025-03-01T10:15:30Z");
    assertThat(payload.getString("component")).isEqualTo("engine");
    assertThat(payload.getJsonObject("custom_details").getString("lastFailure"))
        .isEqualTo("TIMEOUT: no result in 300 s");
  }

  @Test
  void clipsTheSummaryToPagerDutysLimit() {
    AlertEvent wordy =
        AlertEvent.firing(
            "wordy", AlertEvent.Severity.WARNING, "x".repeat(5000), null, AlertFixtures.AT);

    String body = new PagerDutyFormat(ROUTING_KEY, SOURCE).body(wordy);

    assertThat(body).contains("\"summary\":\"" + "x".repeat(1023) + "…\"");
  }

  @Test
  void hashesAKeyTooLongForADedupKey() {
    String key = "k".repeat(255);

    String dedupKey = PagerDutyFormat.dedupKey(key);

    assertThat(dedupKey).hasSizeLessThanOrEqualTo(255).startsWith("trialsage:");
    assertThat(dedupKey).isEqualTo(PagerDutyFormat.dedupKey(key));
  }
}
