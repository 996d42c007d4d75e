package com.trialsage.alerts;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The generic webhook body, published to operators in {@code docs/runbook.md}: {@code key}, {@code
 * status} ({@code firing} or {@code resolved}), {@code severity}, {@code summary}, {@code details},
 * {@code occurredAt} (ISO-8601) and {@code source}. With a secret, {@value #SIGNATURE_HEADER}
 * carries {@code sha256=<hex HMAC-SHA256 of the body bytes>}.
 */
final class WebhookFormat implements AlertFormat {
  static final String SIGNATURE_HEADER = "X-TrialSage-Signature";
  private static final String HMAC = "HmacSHA256";

  private final String source;
  private final Optional<String> secret;

  WebhookFormat(String source, Optional<String> secret) {
    this.source = Objects.requireNonNull(source, "source must not be null");
    this.secret = Objects.requireNonNull(secret, "secret must not be null (use Optional.empty())");
  }

  @Override
  public String body(AlertEvent event) {
    JsonObjectBuilder details = Json.createObjectBuilder();
    event.details().forEach(details::add);
    return Json.createObjectBuilder()
        .add("key", event.key())
        .add("status", event.status().name().toLowerCase(Locale.ROOT))
        .add("severity", event.severity().name().toLowerCase(Locale.ROOT))
        .add("summary", event.summary())
        .add("details", details)
        .add("occurredAt", event.occurredAt().toString())
        .add("source", source)
        .build()
        .toString();
  }

  @Override
  public Map<String, String> headers(String body) {
    return secret
        .map(key -> Map.of(SIGNATURE_HEADER, "sha256=" + hmac(key, body)))
        .orElse(Map.of());
  }

  /** The lower-case hex HMAC-SHA256 of the UTF-8 body under the secret. */
  static String hmac(String secret, String body) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every Java platform has " + HMAC, e);
    }
  }
}
