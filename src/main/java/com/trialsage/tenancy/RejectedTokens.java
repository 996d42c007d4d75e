package com.trialsage.tenancy;

import com.trialsage.web.Problem;
import com.trialsage.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Explains a token MP-JWT refused. MP-JWT says only "401"; to tell the caller what to fix, this
 * reads the token's header and claims WITHOUT trusting them (the signature already failed or was
 * not checked) and names the likeliest cause. It logs one short line and never the token.
 */
@ApplicationScoped
public class RejectedTokens {
  private static final Logger LOG = Logger.getLogger(RejectedTokens.class.getName());
  private static final Set<String> ACCEPTED_ALGORITHMS = Set.of("RS256", "ES256");

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.issuer")
  Optional<String> trustedIssuer;

  /** The problem for a 401 the container raised, given the request's Authorization header. */
  public Problem problemFor(String authorization) {
    String reason = reasonFor(authorization);
    if (authorization != null) {
      LOG.info("Bearer token rejected: " + reason);
    }
    return Problems.unauthorized(reason);
  }

  String reasonFor(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      return "This operation needs a bearer token: send Authorization: Bearer <token>.";
    }
    if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return "The Authorization header must use the Bearer scheme: Authorization: Bearer <token>.";
    }
    String[] parts = authorization.substring(7).trim().split("\\.", -1);
    if (parts.length != 3) {
      return "The bearer token is not a signed JWT (three base64url parts separated by dots).";
    }
    Optional<JsonObject> header = decode(parts[0]);
    Optional<JsonObject> claims = decode(parts[1]);
    if (header.isEmpty() || claims.isEmpty()) {
      return "The bearer token's header or claims are not base64url-encoded JSON.";
    }
    return reasonFor(header.get(), claims.get());
  }

  private String reasonFor(JsonObject header, JsonObject claims) {
    String algorithm = header.getString("alg", "");
    if (!ACCEPTED_ALGORITHMS.contains(algorithm)) {
      return "Tokens signed with '" + algorithm + "' are not accepted; sign with RS256 or ES256.";
    }
    if (!"JWT".equals(header.getString("typ", ""))) {
      return "The token's header must say \"typ\": \"JWT\".";
    }
    if (claims.containsKey("exp")
        && claims.get("exp").getValueType() == jakarta.json.JsonValue.ValueType.NUMBER
        && claims.getJsonNumber("exp").longValue() <= clock.instant().getEpochSecond()) {
      return "The token has expired; request a new one.";
    }
    if (trustedIssuer.isPresent() && !trustedIssuer.get().equals(claims.getString("iss", ""))) {
      return "The token was issued by an issuer this service does not trust.";
    }
    return "The token's signature does not verify with the key this service trusts.";
  }

  private static Optional<JsonObject> decode(String part) {
    try (JsonReader reader =
        Json.createReader(
            new StringReader(
                new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)))) {
      return Optional.of(reader.readObject());
    } catch (IllegalArgumentException | JsonException | ClassCastException e) {
      return Optional.empty();
    }
  }
}
