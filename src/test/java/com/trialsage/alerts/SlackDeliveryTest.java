package com.trialsage.alerts;

import static com.trialsage.alerts.AlertFixtures.PATIENCE;
import static com.trialsage.alerts.AlertFixtures.SOURCE;
import static com.trialsage.alerts.AlertFixtures.firing;
import static com.trialsage.alerts.AlertFixtures.resolved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SlackDeliveryTest {
  private AlertReceiver slack;
  private RecordingScheduler scheduler;
  private AlertDelivery delivery;

  @BeforeEach
  void start() throws Exception {
    slack = AlertReceiver.start();
    scheduler = new RecordingScheduler();
    Channel channel =
        new Channel("slack", slack.url("/services/T000/B000/secret"), new SlackFormat(SOURCE));
    delivery =
        AlertFixtures.deliver(channel, AlertFixtures.rules(), scheduler, new CountingMetrics());
  }

  @AfterEach
  void stop() {
    delivery.close();
    scheduler.close();
    slack.close();
  }

  @Test
  void postsTextAndBlocksWithSeverityStatusAndDetailsAsFields() {
    delivery.accept(firing("engine-breaker-open"));

    await().atMost(PATIENCE).until(() -> slack.requests().size() == 1);
    JsonObject message = slack.requests().get(0).json();
    assertThat(slack.requests().get(0).path()).isEqualTo("/services/T000/B000/secret");
    assertThat(message.getString("text"))
        .isEqualTo("[firing] The validator engine failed 3 times in a row (critical)");
    JsonObject header = message.getJsonArray("blocks").getJsonObject(0);
    assertThat(header.getString("type")).isEqualTo("header");
    assertThat(header.getJsonObject("text").getString("text"))
        .isEqualTo("[firing] The validator engine failed 3 times in a row");
    assertThat(fieldTexts(message))
        .containsExactly(
            "Severity\ncritical",
            "Status\nfiring",
            "Key\nengine-breaker-open",
            "Source\n" + SOURCE,
            "lastFailure\nTIMEOUT: no result in 300 s");
  }

  @Test
  void saysResolvedWhenTheAlertResolves() {
    delivery.accept(firing("engine-breaker-open"));
    delivery.accept(resolved("engine-breaker-open"));

    await().atMost(PATIENCE).until(() -> slack.requests().size() == 2);
    JsonObject message = slack.requests().get(1).json();
    assertThat(message.getString("text"))
        .isEqualTo("[resolved] The validator engine recovered (critical)");
    assertThat(fieldTexts(message)).contains("Status\nresolved");
  }

  private static List<String> fieldTexts(JsonObject message) {
    JsonObject section = message.getJsonArray("blocks").getJsonObject(1);
    return section.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
        .map(field -> field.get("text"))
        .map(text -> ((JsonString) text).getString())
        .toList();
  }
}
