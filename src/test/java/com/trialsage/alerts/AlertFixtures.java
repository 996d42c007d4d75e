package com.trialsage.alerts;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Events, rules and deliveries the alert tests share; nothing here holds state between tests. */
final class AlertFixtures {
  static final Instant AT = Instant.parse("2025-03-01T10:15:30Z");
  static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);
  static final String SOURCE = "trialsage-test-1";

  /** Every wait in these tests; scale it with -Dit.timeout.factor on a slow machine. */
  static final Duration PATIENCE =
      Duration.ofMillis(
          (long) (10_000 * Double.parseDouble(System.getProperty("it.timeout.factor", "1"))));

  /** Back-off of 100 ms, doubling up to 1 s; the recording scheduler does not wait for it. */
  static final RetryPolicy RETRY =
      new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(1));

  private AlertFixtures() {}

  static DeliveryRules rules() {
    return rules(RETRY, Duration.ofSeconds(5), 100);
  }

  static DeliveryRules rules(RetryPolicy retry, Duration requestTimeout, int queueCapacity) {
    return new DeliveryRules(retry, Duration.ofSeconds(2), requestTimeout, queueCapacity);
  }

  /** Delivery to one channel with a fixed clock and a jitter of 0.5 (pauses are 3/4 of nominal). */
  static AlertDelivery deliver(
      Channel channel, DeliveryRules rules, DeliveryScheduler scheduler, AlertMetrics metrics) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(rules.connectTimeout()).build();
    return new AlertDelivery(
        List.of(channel), rules, new DeliveryRuntime(http, scheduler, metrics, CLOCK, () -> 0.5));
  }

  static Channel webhook(URI url) {
    return new Channel("webhook", url, new WebhookFormat(SOURCE, Optional.empty()));
  }

  static AlertEvent firing(String key) {
    return AlertEvent.firing(
        key,
        AlertEvent.Severity.CRITICAL,
        "The validator engine failed 3 times in a row",
        Map.of("lastFailure", "TIMEOUT: no result in 300 s"),
        AT);
  }

  static AlertEvent resolved(String key) {
    return AlertEvent.resolved(
        key, AlertEvent.Severity.CRITICAL, "The validator engine recovered", AT.plusSeconds(60));
  }
}
