package com.trialsage.alerts;

import com.trialsage.alerts.AlertEvent.Status;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A PagerDuty Events API v2 alert event: {@code trigger} with a payload for FIRING, {@code resolve}
 * for RESOLVED, both with a {@code dedup_key} derived from the alert key only, so that every
 * instance of a cluster names the same PagerDuty alert.
 */
final class PagerDutyFormat implements AlertFormat {
  static final String DEFAULT_URL = "https://events.pagerduty.com/v2/enqueue";
  // Events API v2 limits: dedup_key at most 255 characters, payload.summary at most 1024.
  private static final int DEDUP_KEY_CHARS = 255;
  private static final int SUMMARY_CHARS = 1024;
  private static final String DEDUP_PREFIX = "trialsage:";

  private final String routingKey;
  private final String source;

  PagerDutyFormat(String routingKey, String source) {
    this.routingKey = Objects.requireNonNull(routingKey, "routingKey must not be null");
    this.source = Objects.requireNonNull(source, "source must not be null");
    if (routingKey.isBlank() || source.isBlank()) {
      throw new IllegalArgumentException("routingKey and source must not be blank");
    }
  }

  @Override
  public String body(AlertEvent event) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("routing_key", routingKey)
            .add("event_action", event.status() == Status.FIRING ? "trigger" : "resolve")
            .add("dedup_key", dedupKey(event.key()));
    if (event.status() == Status.FIRING) {
      body.add("payload", payload(event)).add("client", "TrialSage");
    }
    return body.build().toString();
  }

  /**
   * {@code trialsage:<key>}, or {@code trialsage:<SHA-256 of the key>} when that would pass
   * PagerDuty's 255 characters.
   */
  static String dedupKey(String alertKey) {
    String readable = DEDUP_PREFIX + alertKey;
    return readable.length() <= DEDUP_KEY_CHARS ? readable : DEDUP_PREFIX + sha256(alertKey);
  }

  private JsonObject payload(AlertEvent event) {
    JsonObjectBuilder details = Json.createObjectBuilder();
    event.details().forEach(details::add);
    return Json.createObjectBuilder()
        .add("summary", AlertFormat.clip(event.summary(), SUMMARY_CHARS))
        .add("source", source)
        .add("severity", event.severity().name().toLowerCase(Locale.ROOT))
        .add("timestamp", event.occurredAt().toString())
        .add("component", component(event.key()))
        .add("group", "trialsage")
        .add("custom_details", details)
        .build();
  }

  /** The capability the key starts with: {@code engine-breaker-open} is the engine's. */
  private static String component(String key) {
    int dash = key.indexOf('-');
    return dash > 0 ? key.substring(0, dash) : key;
  }

  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
