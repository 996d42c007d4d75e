package com.trialsage.alerts;

import static com.trialsage.alerts.AlertFixtures.PATIENCE;
import static com.trialsage.alerts.AlertFixtures.firing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trialsage.alerts.AlertReceiver.Received;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

/** Delivery as the container builds it: from settings, on a scheduled executor it does not own. */
class ConfiguredDeliveryTest {

  @Test
  void deliversASignedAlertToTheConfiguredWebhook() throws Exception {
    ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
    try (AlertReceiver receiver = AlertReceiver.start()) {
      Map<String, String> config =
          Map.of(
              AlertSettings.WEBHOOK_URL, receiver.url("/in").toString(),
              AlertSettings.WEBHOOK_SECRET, "configured-secret",
              AlertSettings.SOURCE, "trialsage-prod-2");
      AlertSettings settings = AlertSettings.read(key -> Optional.ofNullable(config.get(key)));
      ExecutorScheduler scheduler = new ExecutorScheduler(executor);

      try (AlertDelivery delivery =
          AlertDelivery.start(
              settings, scheduler, executor, new CountingMetrics(), AlertFixtures.CLOCK)) {
        delivery.accept(firing("engine-breaker-open"));

        await().atMost(PATIENCE).until(() -> receiver.requests().size() == 1);
      }
      scheduler.cancelAll();

      Received request = receiver.requests().get(0);
      assertThat(request.json().getString("source")).isEqualTo("trialsage-prod-2");
      assertThat(request.header(WebhookFormat.SIGNATURE_HEADER))
          .isEqualTo("sha256=" + WebhookFormat.hmac("configured-secret", request.body()));
    } finally {
      executor.shutdownNow();
    }
  }
}
