package com.trialsage.alerts;

import static com.trialsage.alerts.AlertFixtures.PATIENCE;
import static com.trialsage.alerts.AlertFixtures.firing;
import static com.trialsage.alerts.AlertFixtures.resolved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trialsage.alerts.AlertReceiver.Answer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One channel sends in order, one request at a time, so once a later "marker" alert arrived, any
 * earlier alert that was going to be sent has been sent.
 */
class DeduplicationTest {
  private AlertReceiver receiver;
  private RecordingScheduler scheduler;
  private final CountingMetrics metrics = new CountingMetrics();
  private AlertDelivery delivery;

  @BeforeEach
  void start() throws Exception {
    receiver = AlertReceiver.start();
    scheduler = new RecordingScheduler();
    delivery =
        AlertFixtures.deliver(
            AlertFixtures.webhook(receiver.url("/hook")),
            AlertFixtures.rules(),
            scheduler,
            metrics);
  }

  @AfterEach
  void stop() {
    delivery.close();
    scheduler.close();
    receiver.close();
  }

  @Test
  void deliversAKeyFiringFiveTimesOnce() {
    for (int i = 0; i < 5; i++) {
      delivery.accept(firing("engine-breaker-open"));
    }
    delivery.accept(firing("marker"));

    assertThat(receivedAfterMarker())
        .containsExactly("engine-breaker-open firing", "marker firing");
  }

  @Test
  void sendsNothingForAResolveWithoutFiring() {
    delivery.accept(resolved("engine-breaker-open"));
    delivery.accept(firing("marker"));

    assertThat(receivedAfterMarker()).containsExactly("marker firing");
  }

  @Test
  void treatsFiringAfterResolveAsANewAlert() {
    delivery.accept(firing("engine-breaker-open"));
    delivery.accept(resolved("engine-breaker-open"));
    delivery.accept(resolved("engine-breaker-open"));
    delivery.accept(firing("engine-breaker-open"));
    delivery.accept(firing("marker"));

    assertThat(receivedAfterMarker())
        .containsExactly(
            "engine-breaker-open firing",
            "engine-breaker-open resolved",
            "engine-breaker-open firing",
            "marker firing");
  }

  @Test
  void sendsAgainAFiringThatWasNeverDelivered() {
    receiver.script(Answer.status(400));
    delivery.accept(firing("engine-breaker-open"));
    await().atMost(PATIENCE).until(() -> metrics.count("failed", "webhook") == 1);

    delivery.accept(firing("engine-breaker-open"));
    delivery.accept(firing("marker"));

    assertThat(receivedAfterMarker())
        .containsExactly(
            "engine-breaker-open firing", "engine-breaker-open firing", "marker firing");
  }

  @Test
  void countsTheKeysFiring() {
    delivery.accept(firing("a"));
    delivery.accept(firing("b"));
    delivery.accept(firing("b"));
    delivery.accept(resolved("a"));

    int firing = delivery.firingCount();

    assertThat(firing).isEqualTo(1);
  }

  private List<String> receivedAfterMarker() {
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                receiver.requests().stream()
                    .anyMatch(request -> request.json().getString("key").equals("marker")));
    return receiver.requests().stream()
        .map(request -> request.json())
        .map(body -> body.getString("key") + " " + body.getString("status"))
        .toList();
  }
}
