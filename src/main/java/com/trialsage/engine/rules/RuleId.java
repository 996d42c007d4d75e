package com.trialsage.engine.rules;

import java.util.Objects;
import java.util.regex.Pattern;

/** A stable TrialSage rule identifier: {@code TS} followed by four digits, e.g. {@code TS0001}. */
public record RuleId(String value) implements Comparable<RuleId> {
  private static final Pattern FORMAT = Pattern.compile("TS\\d{4}");

  public RuleId {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "rule id must be TS followed by four digits (e.g. TS0001), was '" + value + "'");
    }
  }

  public static RuleId of(String value) {
    return new RuleId(value);
  }

  @Override
  public int compareTo(RuleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
