package com.trialsage.engine.read.xport;

/**
 * IBM System/370 hexadecimal floating point, as SAS XPORT v5 stores numbers (SAS TS-140): one sign
 * bit, a 7-bit base-16 exponent biased by 64, and a fraction of up to 56 bits; a value shorter than
 * 8 bytes is the same number with its low fraction bytes cut off.
 */
final class IbmFloat {
  /** TS-140: numeric variables are 2 to 8 bytes long. */
  static final int MIN_LENGTH = 2;

  static final int MAX_LENGTH = 8;

  private static final int EXPONENT_BIAS = 64;
  private static final int FRACTION_BITS = 56;

  private IbmFloat() {}

  /**
   * The SAS missing-value code of the number at {@code bytes[offset]}, or 0 when it is a value.
   * TS-140: a missing value has its first byte set to {@code .} (0x2E), {@code _} (0x5F) or a
   * letter A–Z (0x41–0x5A) and every other byte 0x00.
   */
  static char missingCode(byte[] bytes, int offset, int length) {
    int first = bytes[offset] & 0xFF;
    boolean missingMark = first == '.' || first == '_' || (first >= 'A' && first <= 'Z');
    if (!missingMark) {
      return 0;
    }
    for (int i = 1; i < length; i++) {
      if (bytes[offset + i] != 0) {
        return 0;
      }
    }
    return (char) first;
  }

  /**
   * The IEEE double of the IBM number at {@code bytes[offset]} of {@code length} bytes (2..8),
   * rounded to nearest. The result is always a normal double: the IBM range, 16^-65 to 16^63, lies
   * well inside the double range, so neither overflow nor underflow can happen when reading.
   */
  static double toDouble(byte[] bytes, int offset, int length) {
    long fraction = 0;
    for (int i = 1; i < MAX_LENGTH; i++) {
      fraction = (fraction << 8) | (i < length ? bytes[offset + i] & 0xFF : 0);
    }
    int first = bytes[offset] & 0xFF;
    boolean negative = (first & 0x80) != 0;
    if (fraction == 0) {
      return negative ? -0.0 : 0.0;
    }
    int exponent = first & 0x7F;
    // The 56-bit fraction converts to double with one correct rounding (JLS 5.1.2); scaling by a
    // power of two is then exact because the result stays in the normal range.
    double magnitude =
        Math.scalb((double) fraction, 4 * (exponent - EXPONENT_BIAS) - FRACTION_BITS);
    return negative ? -magnitude : magnitude;
  }
}
