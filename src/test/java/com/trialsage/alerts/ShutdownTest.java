package com.trialsage.alerts;

import static com.trialsage.alerts.AlertFixtures.PATIENCE;
import static com.trialsage.alerts.AlertFixtures.firing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trialsage.alerts.AlertReceiver.Answer;
import org.junit.jupiter.api.Test;

class ShutdownTest {

  @Test
  void sendsNothingMoreOnceClosed() throws Exception {
    CountingMetrics metrics = new CountingMetrics();
    try (AlertReceiver slow = AlertReceiver.start();
        RecordingScheduler scheduler = new RecordingScheduler()) {
      AlertDelivery delivery =
          AlertFixtures.deliver(
              AlertFixtures.webhook(slow.url("/hook")), AlertFixtures.rules(), scheduler, metrics);
      slow.script(Answer.hang());
      delivery.accept(firing("in-flight"));
      await().atMost(PATIENCE).until(() -> slow.requests().size() == 1);
      delivery.accept(firing("queued"));

      delivery.close();
      delivery.accept(firing("after-close"));
      slow.release();

      // The answer to the request in flight is still counted; nothing is sent after it.
      await().atMost(PATIENCE).until(() -> metrics.count("delivered", "webhook") == 1);
      assertThat(slow.requests())
          .extracting(request -> request.json().getString("key"))
          .containsExactly("in-flight");
    }
  }

  @Test
  void observerNeverThrowsAtTheCodeThatFiredTheAlert() throws Exception {
    DeliveryScheduler refusing =
        (task, delay) -> {
          throw new IllegalStateException("the application is undeploying");
        };
    try (AlertReceiver receiver = AlertReceiver.start();
        AlertDelivery delivery =
            AlertFixtures.deliver(
                AlertFixtures.webhook(receiver.url("/hook")),
                AlertFixtures.rules(),
                refusing,
                new CountingMetrics())) {
      AlertObserver observer = new AlertObserver(delivery);

      observer.on(firing("engine-breaker-open"));

      assertThat(receiver.requests()).isEmpty();
    }
  }
}
