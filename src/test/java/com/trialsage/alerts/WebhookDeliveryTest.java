package com.trialsage.alerts;

import static com.trialsage.alerts.AlertFixtures.PATIENCE;
import static com.trialsage.alerts.AlertFixtures.SOURCE;
import static com.trialsage.alerts.AlertFixtures.firing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trialsage.alerts.AlertReceiver.Received;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {
  private static final String SECRET = "s3cret-shared-with-the-receiver";

  private AlertReceiver receiver;
  private RecordingScheduler scheduler;

  @BeforeEach
  void start() throws Exception {
    receiver = AlertReceiver.start();
    scheduler = new RecordingScheduler();
  }

  @AfterEach
  void stop() {
    scheduler.close();
    receiver.close();
  }

  @Test
  void postsThePublishedFields() {
    try (AlertDelivery delivery = deliveryWith(Optional.empty())) {
      delivery.accept(firing("engine-breaker-open"));

      await().atMost(PATIENCE).until(() -> receiver.requests().size() == 1);
    }

    JsonObject body = receiver.requests().get(0).json();
    assertThat(body.keySet())
        .containsExactlyInAnyOrder(
            "key", "status", "severity", "summary", "details", "occurredAt", "source");
    assertThat(body.getString("key")).isEqualTo("engine-breaker-open");
    assertThat(body.getString("status")).isEqualTo("firing");
    assertThat(body.getString("severity")).isEqualTo("critical");
    assertThat(body.getString("occurredAt")).isEqualTo("2025-03-01T10:15:30Z");
    assertThat(body.getString("source")).isEqualTo(SOURCE);
    assertThat(body.getJsonObject("details").getString("lastFailure"))
        .isEqualTo("TIMEOUT: no result in 300 s");
    assertThat(receiver.requests().get(0).header(WebhookFormat.SIGNATURE_HEADER)).isNull();
  }

  @Test
  void signsTheBodyWithTheSharedSecret() throws Exception {
    try (AlertDelivery delivery = deliveryWith(Optional.of(SECRET))) {
      delivery.accept(firing("engine-breaker-open"));

      await().atMost(PATIENCE).until(() -> receiver.requests().size() == 1);
    }

    Received request = receiver.requests().get(0);
    assertThat(request.header("X-TrialSage-Signature"))
        .isEqualTo("sha256=" + independentHmac(SECRET, request.body()));
  }

  private AlertDelivery deliveryWith(Optional<String> secret) {
    Channel channel =
        new Channel("webhook", receiver.url("/hooks/alerts"), new WebhookFormat(SOURCE, secret));
    return AlertFixtures.deliver(channel, AlertFixtures.rules(), scheduler, new CountingMetrics());
  }

  /** What a receiver computes to check the header. */
  private static String independentHmac(String secret, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }
}
