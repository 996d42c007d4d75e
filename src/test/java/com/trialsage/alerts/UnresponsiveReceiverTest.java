package com.trialsage.alerts;

import static com.trialsage.alerts.AlertFixtures.PATIENCE;
import static com.trialsage.alerts.AlertFixtures.firing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.trialsage.alerts.AlertReceiver.Answer;
import java.time.Duration;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

class UnresponsiveReceiverTest {

  @Test
  void observerReturnsAtOnceAndTheRequestTimesOut() throws Exception {
    CountingMetrics metrics = new CountingMetrics();
    RetryPolicy twice = new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10));
    DeliveryRules rules = AlertFixtures.rules(twice, Duration.ofMillis(300), 10);
    try (AlertReceiver silent = AlertReceiver.start();
        RecordingScheduler scheduler = new RecordingScheduler();
        AlertDelivery delivery =
            AlertFixtures.deliver(
                AlertFixtures.webhook(silent.url("/hook")), rules, scheduler, metrics);
        CapturedLog log = new CapturedLog()) {
      silent.answerEveryRequest(Answer.hang());
      AlertObserver observer = new AlertObserver(delivery);

      // The bound is generous; what matters is that on() does not wait for the receiver.
      assertTimeoutPreemptively(PATIENCE, () -> observer.on(firing("engine-breaker-open")));
      await().atMost(PATIENCE).until(() -> silent.requests().size() == 1);
      assertTimeoutPreemptively(PATIENCE, () -> observer.on(firing("storage-full")));

      await().atMost(PATIENCE).until(() -> metrics.count("failed", "webhook") == 2);
      assertThat(log.messages(Level.SEVERE))
          .first()
          .asString()
          .contains(
              "engine-breaker-open", "gave up after 2 attempts", "no answer within the timeout");
    }
  }
}
