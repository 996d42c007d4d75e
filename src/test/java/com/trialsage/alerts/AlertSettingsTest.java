package com.trialsage.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlertSettingsTest {

  @Test
  void turnsEveryChannelOffWhenNothingIsSet() {
    AlertSettings settings = read(Map.of());

    assertThat(settings.channels()).isEmpty();
    assertThat(settings.rules().retry().maxAttempts()).isEqualTo(6);
    assertThat(settings.rules().retry().baseDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(settings.rules().queueCapacity()).isEqualTo(100);
  }

  @Test
  void turnsOnEachConfiguredChannel() {
    AlertSettings settings =
        read(
            Map.of(
                AlertSettings.SLACK_URL, "https://hooks.slack.com/services/T/B/x",
                AlertSettings.PAGERDUTY_ROUTING_KEY, "0123456789abcdef0123456789abcdef",
                AlertSettings.WEBHOOK_URL, "http://alerts.internal:8080/in",
                AlertSettings.SOURCE, "trialsage-prod-2"));

    assertThat(settings.channels())
        .extracting(Channel::name)
        .containsExactly("slack", "pagerduty", "webhook");
    assertThat(settings.channels().get(1).target())
        .isEqualTo(URI.create("https://events.pagerduty.com/v2/enqueue"));
  }

  @Test
  void namesEveryBadKeyAtOnceWithoutEchoingValues() {
    Map<String, String> bad =
        Map.of(
            AlertSettings.SLACK_URL, "hooks.slack.com/services/T/B/topsecret",
            AlertSettings.WEBHOOK_URL, "ftp://example.org/topsecret",
            AlertSettings.PAGERDUTY_URL, "not a url topsecret",
            AlertSettings.MAX_ATTEMPTS, "0");

    assertThatThrownBy(() -> read(bad))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("4 settings are missing or invalid")
        .hasMessageContaining("TRIALSAGE_ALERTS_SLACK_WEBHOOK_URL")
        .hasMessageContaining("TRIALSAGE_ALERTS_WEBHOOK_URL")
        .hasMessageContaining("TRIALSAGE_ALERTS_PAGERDUTY_URL")
        .hasMessageContaining("TRIALSAGE_ALERTS_RETRY_MAX_ATTEMPTS")
        .message()
        .doesNotContain("topsecret");
  }

  @Test
  void rejectsASecretWithoutAWebhook() {
    Map<String, String> secretOnly = Map.of(AlertSettings.WEBHOOK_SECRET, "s3cret");

    assertThatThrownBy(() -> read(secretOnly))
        .hasMessageContaining(AlertSettings.WEBHOOK_SECRET)
        .hasMessageContaining("set both or neither");
  }

  @Test
  void neverShowsTheSecretPartOfAChannelUrl() {
    Channel slack =
        read(Map.of(AlertSettings.SLACK_URL, "https://hooks.slack.com/services/T/B/topsecret"))
            .channels()
            .get(0);

    String shown = slack.redactedTarget() + " " + slack.redact("failed: " + slack.target());

    assertThat(shown).doesNotContain("topsecret").contains("https://hooks.slack.com");
  }

  private static AlertSettings read(Map<String, String> values) {
    return AlertSettings.read(key -> Optional.ofNullable(values.get(key)));
  }
}
