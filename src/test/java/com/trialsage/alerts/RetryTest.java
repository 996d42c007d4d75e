package com.trialsage.alerts;

import static com.trialsage.alerts.AlertFixtures.PATIENCE;
import static com.trialsage.alerts.AlertFixtures.firing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trialsage.alerts.AlertReceiver.Answer;
import java.time.Duration;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryTest {
  private static final String SECRET_PATH = "/services/T000/B000/XXXXsecretXXXX";

  private AlertReceiver receiver;
  private RecordingScheduler scheduler;
  private final CountingMetrics metrics = new CountingMetrics();
  private AlertDelivery delivery;

  @BeforeEach
  void start() throws Exception {
    receiver = AlertReceiver.start();
    scheduler = new RecordingScheduler();
    Channel channel =
        new Channel("slack", receiver.url(SECRET_PATH), new SlackFormat(AlertFixtures.SOURCE));
    delivery = AlertFixtures.deliver(channel, AlertFixtures.rules(), scheduler, metrics);
  }

  @AfterEach
  void stop() {
    delivery.close();
    scheduler.close();
    receiver.close();
  }

  @Test
  void deliversOnceAfterTwoServerErrors() {
    receiver.script(Answer.status(500), Answer.status(500), Answer.status(202));

    delivery.accept(firing("engine-breaker-open"));

    await().atMost(PATIENCE).until(() -> metrics.count("delivered", "slack") == 1);
    assertThat(receiver.requests()).hasSize(3);
    // 100 ms, then 200 ms, each at 3/4 for the fixed jitter of 0.5.
    assertThat(scheduler.pauses()).containsExactly(Duration.ofMillis(75), Duration.ofMillis(150));
    assertThat(metrics.count("failed", "slack")).isZero();
  }

  @Test
  void waitsAsLongAsRetryAfterSaysOn429() {
    receiver.script(Answer.status(429, "Retry-After", "7"));

    delivery.accept(firing("engine-breaker-open"));

    await().atMost(PATIENCE).until(() -> metrics.count("delivered", "slack") == 1);
    assertThat(scheduler.pauses()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void doesNotRetryAClientError() {
    receiver.script(Answer.status(400));

    delivery.accept(firing("engine-breaker-open"));

    await().atMost(PATIENCE).until(() -> metrics.count("failed", "slack") == 1);
    assertThat(receiver.requests()).hasSize(1);
    assertThat(scheduler.pauses()).isEmpty();
  }

  @Test
  void givesUpAfterTheLastAttemptNamingChannelAndKeyButNotTheSecretPath() {
    receiver.answerEveryRequest(Answer.status(503));

    try (CapturedLog log = new CapturedLog()) {
      delivery.accept(firing("engine-breaker-open"));

      await().atMost(PATIENCE).until(() -> metrics.count("failed", "slack") == 1);
      assertThat(receiver.requests()).hasSize(AlertFixtures.RETRY.maxAttempts());
      assertThat(log.messages(Level.SEVERE))
          .singleElement()
          .asString()
          .contains("engine-breaker-open", "slack", "gave up after 4 attempts", "HTTP 503");
      assertThat(log.messages(Level.ALL)).noneMatch(message -> message.contains("secret"));
    }
  }
}
