package com.trialsage.engine.rules;

import java.math.BigDecimal;

/** Compares numbers written as text, where {@code 2}, {@code 2.0} and {@code 2.00} are equal. */
public final class NumericText {
  private NumericText() {}

  /** Whether the text is a plain decimal number: optional minus, digits, optional fraction. */
  public static boolean isDecimal(String text) {
    int n = text.length();
    int i = 0;
    if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      i++;
    }
    int digits = 0;
    while (i < n && Character.isDigit(text.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && text.charAt(i) == '.') {
      i++;
      while (i < n && Character.isDigit(text.charAt(i))) {
        i++;
        digits++;
      }
    }
    return digits > 0 && i == n;
  }

  /** The number in a canonical form ({@code 2.0} becomes {@code 2}); other text unchanged. */
  public static String canonical(String text) {
    String trimmed = text.trim();
    if (!isDecimal(trimmed)) {
      return trimmed;
    }
    BigDecimal value = new BigDecimal(trimmed).stripTrailingZeros();
    return value.signum() == 0 ? "0" : value.toPlainString();
  }
}
