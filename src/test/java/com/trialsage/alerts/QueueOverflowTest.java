package com.trialsage.alerts;

import static com.trialsage.alerts.AlertFixtures.PATIENCE;
import static com.trialsage.alerts.AlertFixtures.firing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trialsage.alerts.AlertReceiver.Answer;
import java.time.Duration;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

class QueueOverflowTest {

  @Test
  void dropsTheOldestQueuedAlertsAndCountsThem() throws Exception {
    CountingMetrics metrics = new CountingMetrics();
    DeliveryRules twoQueued = AlertFixtures.rules(AlertFixtures.RETRY, PATIENCE, 2);
    try (AlertReceiver slow = AlertReceiver.start();
        RecordingScheduler scheduler = new RecordingScheduler();
        AlertDelivery delivery =
            AlertFixtures.deliver(
                AlertFixtures.webhook(slow.url("/hook")), twoQueued, scheduler, metrics);
        CapturedLog log = new CapturedLog()) {
      slow.script(Answer.hang());
      delivery.accept(firing("in-flight"));
      await().atMost(PATIENCE).until(() -> slow.requests().size() == 1);

      for (String key : new String[] {"dropped-1", "dropped-2", "kept-1", "kept-2"}) {
        delivery.accept(firing(key));
      }
      slow.release();

      await().atMost(PATIENCE).until(() -> metrics.count("delivered", "webhook") == 3);
      assertThat(slow.requests())
          .extracting(request -> request.json().getString("key"))
          .containsExactly("in-flight", "kept-1", "kept-2");
      assertThat(metrics.count("dropped", "webhook")).isEqualTo(2);
      assertThat(log.messages(Level.WARNING)).singleElement().asString().contains("queue", "full");
    }
  }

  @Test
  void aDroppedFiringDoesNotSuppressTheNextOne() throws Exception {
    CountingMetrics metrics = new CountingMetrics();
    DeliveryRules oneQueued = AlertFixtures.rules(AlertFixtures.RETRY, Duration.ofSeconds(5), 1);
    try (AlertReceiver slow = AlertReceiver.start();
        RecordingScheduler scheduler = new RecordingScheduler();
        AlertDelivery delivery =
            AlertFixtures.deliver(
                AlertFixtures.webhook(slow.url("/hook")), oneQueued, scheduler, metrics)) {
      slow.script(Answer.hang());
      delivery.accept(firing("in-flight"));
      await().atMost(PATIENCE).until(() -> slow.requests().size() == 1);
      delivery.accept(firing("storage-full"));
      delivery.accept(firing("engine-breaker-open"));

      delivery.accept(firing("storage-full"));
      slow.release();

      await().atMost(PATIENCE).until(() -> metrics.count("delivered", "webhook") == 2);
      assertThat(slow.requests())
          .extracting(request -> request.json().getString("key"))
          .containsExactly("in-flight", "storage-full");
    }
  }
}
