package com.trialsage.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenPolicyTest {
  private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
  private static final long NOW_SECONDS = NOW.getEpochSecond();

  private final TokenPolicy policy =
      new TokenPolicy(Duration.ofSeconds(60), Duration.ofHours(24), "tenant");

  @Test
  void acceptsAFreshTokenWithATenant() {
    var claims = new TokenPolicy.Claims(null, NOW_SECONDS - 10, "acme");

    assertThat(policy.rejection(claims, NOW)).isEmpty();
  }

  @Test
  void acceptsAnIssuedAtWithinTheClockSkew() {
    var claims = new TokenPolicy.Claims(NOW_SECONDS + 60, NOW_SECONDS + 60, "acme");

    assertThat(policy.rejection(claims, NOW)).isEmpty();
  }

  @Test
  void rejectsANotBeforeBeyondTheClockSkew() {
    var claims = new TokenPolicy.Claims(NOW_SECONDS + 61, NOW_SECONDS, "acme");

    assertThat(policy.rejection(claims, NOW)).get().asString().contains("nbf");
  }

  @Test
  void rejectsAnIssuedAtBeyondTheClockSkew() {
    var claims = new TokenPolicy.Claims(null, NOW_SECONDS + 61, "acme");

    assertThat(policy.rejection(claims, NOW)).get().asString().contains("iat");
  }

  @Test
  void rejectsATokenWithoutIssuedAt() {
    var claims = new TokenPolicy.Claims(null, null, "acme");

    assertThat(policy.rejection(claims, NOW)).get().asString().contains("no iat");
  }

  @Test
  void rejectsATokenOneSecondPastTheMaximumAge() {
    long issued = NOW_SECONDS - Duration.ofHours(24).toSeconds() - 1;

    var claims = new TokenPolicy.Claims(null, issued, "acme");

    assertThat(policy.rejection(claims, NOW)).get().asString().contains("86400 seconds");
  }

  @Test
  void acceptsATokenExactlyAtTheMaximumAge() {
    long issued = NOW_SECONDS - Duration.ofHours(24).toSeconds();

    assertThat(policy.rejection(new TokenPolicy.Claims(null, issued, "acme"), NOW)).isEmpty();
  }

  @Test
  void rejectsAMissingTenantNamingTheClaim() {
    var claims = new TokenPolicy.Claims(null, NOW_SECONDS, null);

    assertThat(policy.rejection(claims, NOW)).get().asString().contains("'tenant' claim");
  }

  @Test
  void rejectsATenantThatIsNotATenantId() {
    var upperCase = new TokenPolicy.Claims(null, NOW_SECONDS, "ACME");
    var notText = new TokenPolicy.Claims(null, NOW_SECONDS, 42);

    assertThat(policy.rejection(upperCase, NOW)).isPresent();
    assertThat(policy.rejection(notText, NOW)).isPresent();
  }

  @Test
  void refusesANegativeClockSkew() {
    assertThatThrownBy(() -> new TokenPolicy(Duration.ofSeconds(-1), Duration.ofHours(1), "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clock skew");
  }
}
