package com.trialsage.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the {@code Retry-After} header of a 429 or 503 (RFC 9110, section 10.2.3). */
final class RetryAfter {

  /** A receiver's wish is honoured up to this; a longer one would hold every later alert back. */
  static final Duration LONGEST = Duration.ofMinutes(15);

  private RetryAfter() {}

  /**
   * The pause the receiver asked for: delay-seconds or an HTTP-date, clamped to [0, {@link
   * #LONGEST}]; empty when the header is absent or unreadable.
   */
  static Optional<Duration> parse(Optional<String> header, Clock clock) {
    return header
        .map(String::strip)
        .filter(value -> !value.isEmpty())
        .flatMap(value -> read(value, clock));
  }

  private static Optional<Duration> read(String value, Clock clock) {
    if (value.chars().allMatch(Character::isDigit)) {
      return Optional.of(
          clamp(value.length() > 9 ? LONGEST : Duration.ofSeconds(Long.parseLong(value))));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      return Optional.of(clamp(Duration.between(clock.instant(), at.toInstant())));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Duration clamp(Duration wish) {
    if (wish.isNegative()) {
      return Duration.ZERO;
    }
    return wish.compareTo(LONGEST) > 0 ? LONGEST : wish;
  }
}
