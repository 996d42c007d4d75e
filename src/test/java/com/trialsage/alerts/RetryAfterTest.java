package com.trialsage.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  @Test
  void readsDelaySeconds() {
    assertThat(parse("120")).contains(Duration.ofMinutes(2));
  }

  @Test
  void readsAnHttpDate() {
    // AlertFixtures.CLOCK stands at 2025-03-01T10:15:30Z.
    assertThat(parse("Sat, 01 Mar 2025 10:16:00 GMT")).contains(Duration.ofSeconds(30));
  }

  @Test
  void capsAnAbsurdWish() {
    assertThat(parse("86400")).contains(RetryAfter.LONGEST);
  }

  @Test
  void treatsADateInThePastAsNow() {
    assertThat(parse("Sat, 01 Mar 2025 09:00:00 GMT")).contains(Duration.ZERO);
  }

  @Test
  void ignoresWhatItCannotRead() {
    assertThat(parse("soon")).isEmpty();
    assertThat(RetryAfter.parse(Optional.empty(), AlertFixtures.CLOCK)).isEmpty();
  }

  private static Optional<Duration> parse(String header) {
    return RetryAfter.parse(Optional.of(header), AlertFixtures.CLOCK);
  }
}
