package com.trialsage.engine.read;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Writes a numeric value as the shortest decimal text that reads back to the same double, without a
 * trailing {@code .0} for integers. Every reader uses it, so that the XPORT and the Dataset-JSON
 * form of a dataset give the same {@code Record.text()}.
 */
public final class NumberText {
  /** Integers up to this magnitude are written as digits; larger ones as shortest decimal. */
  private static final double PLAIN_INTEGER_LIMIT = 1e15;

  /** Plain notation for decimal exponents in [-6, 21), scientific ({@code 1E-10}) outside. */
  private static final int MIN_PLAIN_EXPONENT = -6;

  private static final int MAX_PLAIN_EXPONENT = 21;

  private NumberText() {}

  /**
   * The text of {@code value}: {@code ""} for NaN (a missing value), {@code "0"} for either zero,
   * {@code "1"}, {@code "2.5"}, {@code "-0.001"}, {@code "1E-10"}.
   */
  public static String format(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (value == 0) {
      return "0";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    if (value == Math.rint(value) && Math.abs(value) < PLAIN_INTEGER_LIMIT) {
      return Long.toString((long) value);
    }
    return render(shortestDecimal(value));
  }

  /**
   * The decimal with the fewest significant digits that reads back to {@code value}. Java 17's
   * Double.toString round-trips but may give one digit too many (JDK-4511638), so a 16 or 17 digit
   * result is tried with fewer digits.
   */
  private static BigDecimal shortestDecimal(double value) {
    BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    if (decimal.precision() < 16) {
      return decimal;
    }
    for (int digits = 1; digits < decimal.precision(); digits++) {
      BigDecimal shorter = decimal.round(new MathContext(digits));
      if (shorter.doubleValue() == value) {
        return shorter.stripTrailingZeros();
      }
    }
    return decimal;
  }

  private static String render(BigDecimal decimal) {
    int exponent = decimal.precision() - decimal.scale() - 1;
    if (exponent >= MIN_PLAIN_EXPONENT && exponent < MAX_PLAIN_EXPONENT) {
      return decimal.toPlainString();
    }
    String digits = decimal.unscaledValue().abs().toString();
    StringBuilder text = new StringBuilder(digits.length() + 8);
    if (decimal.signum() < 0) {
      text.append('-');
    }
    text.append(digits.charAt(0));
    if (digits.length() > 1) {
      text.append('.').append(digits, 1, digits.length());
    }
    return text.append('E').append(exponent).toString();
  }
}
