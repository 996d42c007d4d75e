package com.trialsage.tenancy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The token checks MP-JWT on Payara leaves out (it verifies signature, issuer and expiry only): a
 * {@code nbf} in the future, an {@code iat} in the future beyond the allowed clock skew, a token
 * older than the maximum age, and a missing or malformed tenant claim (RFC 7519 sections 4.1.5 and
 * 4.1.6).
 */
public final class TokenPolicy {
  private final Duration clockSkew;
  private final Duration maxAge;
  private final String tenantClaim;

  public TokenPolicy(Duration clockSkew, Duration maxAge, String tenantClaim) {
    this.clockSkew = requireNonNegative(clockSkew, "clock skew");
    this.maxAge = requireNonNegative(maxAge, "maximum token age");
    this.tenantClaim = Objects.requireNonNull(tenantClaim, "tenant claim name");
    if (tenantClaim.isBlank()) {
      throw new IllegalArgumentException("the tenant claim name must not be blank");
    }
  }

  /** The claims this policy reads; a time is null when the token lacks it. */
  public record Claims(Long notBeforeSeconds, Long issuedAtSeconds, Object tenant) {}

  /** Why the token must be refused, in words for the caller; empty when it is acceptable. */
  public Optional<String> rejection(Claims claims, Instant now) {
    long nowSeconds = now.getEpochSecond();
    if (claims.notBeforeSeconds() != null
        && claims.notBeforeSeconds() > nowSeconds + clockSkew.toSeconds()) {
      return Optional.of("The token is not valid yet (nbf is in the future).");
    }
    if (claims.issuedAtSeconds() == null) {
      return Optional.of("The token has no iat (issued-at) claim; its age cannot be checked.");
    }
    if (claims.issuedAtSeconds() > nowSeconds + clockSkew.toSeconds()) {
      return Optional.of(
          "The token's iat (issued-at) lies in the future; check the issuer's clock.");
    }
    if (nowSeconds - claims.issuedAtSeconds() > maxAge.toSeconds()) {
      return Optional.of(
          "The token was issued more than "
              + maxAge.toSeconds()
              + " seconds ago, the longest this service accepts; request a new one.");
    }
    return tenantRejection(claims.tenant());
  }

  private Optional<String> tenantRejection(Object tenant) {
    if (tenant == null) {
      return Optional.of("The token has no '" + tenantClaim + "' claim naming your tenant.");
    }
    if (!(tenant instanceof String text) || !TenantId.isValid(text)) {
      return Optional.of(
          "The token's '"
              + tenantClaim
              + "' claim is not a tenant id (1 to 64 lower-case letters, digits, '.', '_', '-').");
    }
    return Optional.empty();
  }

  public String tenantClaim() {
    return tenantClaim;
  }

  private static Duration requireNonNegative(Duration value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative, was " + value);
    }
    return value;
  }
}
