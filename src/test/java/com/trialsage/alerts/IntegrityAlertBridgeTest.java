package com.trialsage.alerts;

import static com.trialsage.alerts.AlertFixtures.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trialsage.tenancy.TenantId;
import com.trialsage.uploads.IntegrityAlert;
import com.trialsage.uploads.UploadId;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IntegrityAlertBridgeTest {
  private static final UploadId UPLOAD =
      new UploadId(UUID.fromString("6f1c2a4e-0b7d-4a39-9a51-3c1f5e8d2b70"));
  private static final IntegrityAlert DAMAGED =
      new IntegrityAlert(new TenantId("acme"), UPLOAD, "ab".repeat(32), "missing", "scrub");

  @Test
  void deliversAnIntegrityAlertAsACriticalAlertKeyedByUpload() throws Exception {
    try (AlertReceiver receiver = AlertReceiver.start();
        RecordingScheduler scheduler = new RecordingScheduler();
        AlertDelivery delivery =
            AlertFixtures.deliver(
                AlertFixtures.webhook(receiver.url("/hook")),
                AlertFixtures.rules(),
                scheduler,
                new CountingMetrics())) {
      AlertObserver observer = new AlertObserver(delivery);
      IntegrityAlertBridge bridge =
          new IntegrityAlertBridge(new ForwardingEvent(observer::on), AlertFixtures.CLOCK);

      bridge.on(DAMAGED);

      await().atMost(PATIENCE).until(() -> receiver.requests().size() == 1);
      JsonObject body = receiver.requests().get(0).json();
      assertThat(body.getString("key")).isEqualTo("storage-integrity-" + UPLOAD);
      assertThat(body.getString("severity")).isEqualTo("critical");
      assertThat(body.getString("occurredAt")).isEqualTo(AlertFixtures.AT.toString());
      JsonObject details = body.getJsonObject("details");
      assertThat(details.getString("tenant")).isEqualTo("acme");
      assertThat(details.getString("upload")).isEqualTo(UPLOAD.toString());
      assertThat(details.getString("context")).isEqualTo("scrub");
      assertThat(details.getString("actual")).isEqualTo("missing");
    }
  }

  @Test
  void theSameUploadFoundAgainIsTheSameAlert() {
    AlertEvent first = IntegrityAlertBridge.alertEvent(DAMAGED, AlertFixtures.AT);

    AlertEvent again =
        IntegrityAlertBridge.alertEvent(DAMAGED, AlertFixtures.AT.plusSeconds(86_400));

    assertThat(again.key()).isEqualTo(first.key());
  }
}
