package com.trialsage.ops.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trialsage.testing.SentryReceiver;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SentryReporterTest {
  private static final Duration PATIENCE = Duration.ofSeconds(10);
  // A JWS-shaped string: what a leaked bearer token looks like.
  private static final String JWT =
      "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJkZXYtdXNlciJ9.c2lnbmF0dXJlLW9mLWEtdG9rZW4";

  private SentryReceiver receiver;

  @BeforeEach
  void start() throws Exception {
    receiver = SentryReceiver.start(0);
  }

  @AfterEach
  void stop() {
    receiver.close();
  }

  @Test
  void sendsAnUnhandledExceptionWithItsTypeMessagePathAndTags() {
    try (SentryReporter reporter = connect(receiver.dsn())) {
      reporter.requestFailed(
          new IllegalStateException("the rule catalog is gone"),
          new SentryReporter.FailedRequest("GET", "/api/v1/runs", "req-1", "acme"));

      await().atMost(PATIENCE).until(() -> receiver.events().size() == 1);
    }

    JsonObject event = receiver.events().get(0);
    JsonObject exception = event.getJsonObject("exception").getJsonArray("values").getJsonObject(0);
    assertThat(receiver.paths()).containsExactly("/api/42/envelope/");
    assertThat(exception.getString("type")).isEqualTo("IllegalStateException");
    assertThat(exception.getString("module")).isEqualTo("java.lang");
    assertThat(exception.getString("value")).isEqualTo("the rule catalog is gone");
    assertThat(event.getString("level")).isEqualTo("error");
    assertThat(event.getString("environment")).isEqualTo("test");
    assertThat(event.getString("release")).isEqualTo("trialsage@9.9.9");
    assertThat(event.getJsonObject("request").getString("url")).isEqualTo("/api/v1/runs");
    assertThat(event.getJsonObject("request").getString("method")).isEqualTo("GET");
    assertThat(event.getJsonObject("tags").getString("tenant")).isEqualTo("acme");
    assertThat(event.getJsonObject("tags").getString("request_id")).isEqualTo("req-1");
  }

  @Test
  void sendsAFailedRunWithItsTenantRunAndReasonGroupedByReason() {
    try (SentryReporter reporter = connect(receiver.dsn())) {
      reporter.runFailed(
          new SentryReporter.FailedRun(
              "acme", "5f0c1d2e-0000-4000-8000-000000000001", "ENGINE_ERROR", "exit code 4"));

      await().atMost(PATIENCE).until(() -> receiver.events().size() == 1);
    }

    JsonObject event = receiver.events().get(0);
    JsonObject tags = event.getJsonObject("tags");
    assertThat(tags.getString("tenant")).isEqualTo("acme");
    assertThat(tags.getString("run_id")).isEqualTo("5f0c1d2e-0000-4000-8000-000000000001");
    assertThat(tags.getString("failure_reason")).isEqualTo("ENGINE_ERROR");
    assertThat(event.getJsonObject("message").getString("formatted"))
        .isEqualTo("Validation run failed: ENGINE_ERROR");
    assertThat(event.getJsonObject("extra").getString("detail")).isEqualTo("exit code 4");
    assertThat(event.getJsonArray("fingerprint").getString(1)).isEqualTo("ENGINE_ERROR");
  }

  @Test
  void sendsNoTokenPasswordOrQueryStringThatTheErrorCarries() {
    try (SentryReporter reporter = connect(receiver.dsn())) {
      reporter.requestFailed(
          new IllegalStateException(
              "refused Authorization: Bearer " + JWT + " and password=hunter2 for s3"),
          new SentryReporter.FailedRequest(
              "POST", "/api/v1/uploads?name=dm.xpt&token=qs-secret-1", "req-2", "acme"));
      reporter.runFailed(
          new SentryReporter.FailedRun(
              "acme",
              "run-1",
              "TIMEOUT",
              "fetched https://user:pa55@storage/x?X-Amz-Signature=sig-value"));

      await().atMost(PATIENCE).until(() -> receiver.events().size() == 2);
    }

    String sent = String.join("\n", receiver.envelopes());
    assertThat(sent)
        .doesNotContain(JWT)
        .doesNotContain("eyJhbGciOiJSUzI1NiJ9")
        .doesNotContain("hunter2")
        .doesNotContain("qs-secret-1")
        .doesNotContain("name=dm.xpt")
        .doesNotContain("pa55")
        .doesNotContain("Signature=sig-value")
        .contains("Bearer [Filtered]")
        .contains("password=[Filtered]");
    assertThat(receiver.events().get(0).getJsonObject("request").getString("url"))
        .isEqualTo("/api/v1/uploads");
  }

  @Test
  void anUnansweringSentryDelaysNeitherTheCallerNorShutdownBeyondItsTimeouts() throws Exception {
    Duration reporting;
    long closeStart;
    try (SentryReceiver silent = SentryReceiver.startHeld()) {
      SentryReporter reporter = connect(silent.dsn());
      long start = System.nanoTime();
      for (int i = 0; i < 50; i++) {
        reporter.runFailed(new SentryReporter.FailedRun("acme", "run-" + i, "TIMEOUT", "slow"));
      }
      reporting = Duration.ofNanos(System.nanoTime() - start);
      closeStart = System.nanoTime();
      reporter.close();
    }
    Duration closing = Duration.ofNanos(System.nanoTime() - closeStart);

    assertThat(reporting).isLessThan(Duration.ofSeconds(1));
    assertThat(closing)
        .isLessThan(SentryReporter.FLUSH_TIMEOUT.multipliedBy(2).plus(Duration.ofSeconds(2)));
  }

  @Test
  void aSentryThatRefusesConnectionsCostsTheCallerNothing() throws Exception {
    String dsn = receiver.dsn();
    receiver.close();

    try (SentryReporter reporter = connect(dsn)) {
      long start = System.nanoTime();
      reporter.requestFailed(
          new IllegalStateException("boom"),
          new SentryReporter.FailedRequest("GET", "/api/v1/me", null, null));

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }
  }

  private static SentryReporter connect(String dsn) {
    return SentryReporter.connect(URI.create(dsn), "test", "trialsage@9.9.9");
  }
}
