package com.trialsage.alerts;

import com.trialsage.config.RequiredSettings;
import com.trialsage.config.SettingProblem;
import com.trialsage.config.SettingReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Alert delivery's settings, from MicroProfile Config (every key also an environment variable:
 * {@code trialsage.alerts.slack.webhook-url} is {@code TRIALSAGE_ALERTS_SLACK_WEBHOOK_URL}). A
 * channel whose URL or routing key is unset is off.
 *
 * @param channels the channels that are on, in the order slack, pagerduty, webhook
 * @param rules retry, timeouts and queue size, the same for every channel
 */
record AlertSettings(List<Channel> channels, DeliveryRules rules) {
  static final String SLACK_URL = "trialsage.alerts.slack.webhook-url";
  static final String PAGERDUTY_ROUTING_KEY = "trialsage.alerts.pagerduty.routing-key";
  static final String PAGERDUTY_URL = "trialsage.alerts.pagerduty.url";
  static final String WEBHOOK_URL = "trialsage.alerts.webhook.url";
  static final String WEBHOOK_SECRET = "trialsage.alerts.webhook.secret";
  static final String SOURCE = "trialsage.alerts.source";
  static final String MAX_ATTEMPTS = "trialsage.alerts.retry.max-attempts";
  static final String BASE_DELAY = "trialsage.alerts.retry.base-delay-ms";
  static final String MAX_DELAY = "trialsage.alerts.retry.max-delay-ms";
  static final String CONNECT_TIMEOUT = "trialsage.alerts.connect-timeout-ms";
  static final String REQUEST_TIMEOUT = "trialsage.alerts.request-timeout-ms";
  static final String QUEUE_CAPACITY = "trialsage.alerts.queue-capacity";

  private static final long HOUR_MILLIS = Duration.ofHours(1).toMillis();

  AlertSettings {
    channels = List.copyOf(Objects.requireNonNull(channels, "channels must not be null"));
    Objects.requireNonNull(rules, "rules must not be null");
  }

  /**
   * Reads and checks every alert setting.
   *
   * @param lookup the value of a configuration key, empty when it is not set
   * @throws IllegalStateException naming every invalid key, without their values
   */
  static AlertSettings read(Function<String, Optional<String>> lookup) {
    SettingReader reader = new SettingReader(lookup);
    String source = reader.text(SOURCE).orElseGet(AlertSettings::hostName);
    List<Channel> channels = channels(reader, source);
    DeliveryRules rules = rules(reader);
    List<SettingProblem> problems = reader.problems();
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "Alert delivery will not start: " + RequiredSettings.describe(problems));
    }
    return new AlertSettings(channels, rules);
  }

  private static List<Channel> channels(SettingReader reader, String source) {
    List<Channel> channels = new ArrayList<>();
    reader
        .url(SLACK_URL, "Slack incoming webhook that receives alerts")
        .ifPresent(url -> channels.add(new Channel("slack", url, new SlackFormat(source))));
    Optional<String> routingKey = reader.text(PAGERDUTY_ROUTING_KEY);
    URI pagerDuty =
        reader
            .url(PAGERDUTY_URL, "PagerDuty Events API v2 endpoint")
            .orElse(URI.create(PagerDutyFormat.DEFAULT_URL));
    routingKey.ifPresent(
        key -> channels.add(new Channel("pagerduty", pagerDuty, new PagerDutyFormat(key, source))));
    Optional<String> secret = reader.text(WEBHOOK_SECRET);
    Optional<URI> webhook = reader.url(WEBHOOK_URL, "generic webhook that receives alerts");
    webhook.ifPresent(
        url -> channels.add(new Channel("webhook", url, new WebhookFormat(source, secret))));
    if (secret.isPresent() && reader.text(WEBHOOK_URL).isEmpty()) {
      reader.problem(
          WEBHOOK_SECRET,
          "HMAC-SHA256 key that signs generic webhook bodies",
          "is set but " + WEBHOOK_URL + " is not; set both or neither");
    }
    return channels;
  }

  private static DeliveryRules rules(SettingReader reader) {
    int maxAttempts =
        (int) reader.number(MAX_ATTEMPTS, "attempts per alert and channel", 6, 1, 100);
    Duration base =
        reader.millis(BASE_DELAY, "pause after the first failed attempt", 1000, 1, HOUR_MILLIS);
    Duration max =
        reader.millis(MAX_DELAY, "longest pause between attempts", 60_000, 1, HOUR_MILLIS);
    if (max.compareTo(base) < 0) {
      reader.problem(MAX_DELAY, "longest pause between attempts", "must be at least " + BASE_DELAY);
      max = base;
    }
    Duration connect =
        reader.millis(CONNECT_TIMEOUT, "longest wait to connect", 5000, 1, HOUR_MILLIS);
    Duration request =
        reader.millis(REQUEST_TIMEOUT, "longest wait for an answer", 10_000, 1, HOUR_MILLIS);
    int capacity = (int) reader.number(QUEUE_CAPACITY, "alerts held per channel", 100, 1, 100_000);
    return new DeliveryRules(new RetryPolicy(maxAttempts, base, max), connect, request, capacity);
  }

  /** This instance's name for receivers: the container's host name where there is one. */
  private static String hostName() {
    String env = System.getenv("HOSTNAME");
    if (env != null && !env.isBlank()) {
      return env.strip();
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "trialsage";
    }
  }
}
