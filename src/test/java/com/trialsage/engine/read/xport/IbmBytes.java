package com.trialsage.engine.read.xport;

/** IEEE double to IBM/370 hexadecimal floating point, as SAS writes XPORT v5 numbers (TS-140). */
public final class IbmBytes {
  private IbmBytes() {}

  /**
   * Writes {@code value} in {@code length} bytes (2..8), cutting the fraction as SAS does. Values
   * below the IBM range (under 16^-65) are written as zero; the IBM range is narrower than the IEEE
   * one only at its small end once subnormals are counted.
   */
  public static void write(double value, byte[] out, int offset, int length) {
    byte[] ibm = new byte[8];
    double magnitude = Math.abs(value);
    if (magnitude >= Double.MIN_NORMAL) {
      int binaryExponent = Math.getExponent(magnitude);
      long mantissa = (Double.doubleToRawLongBits(magnitude) & 0xFFFFFFFFFFFFFL) | (1L << 52);
      long fraction = mantissa << Math.floorMod(binaryExponent, 4);
      int hexExponent = Math.floorDiv(binaryExponent, 4) + 1 + 64;
      if (hexExponent > 127) {
        throw new IllegalArgumentException(value + " is beyond the IBM floating point range");
      }
      if (hexExponent >= 0) {
        ibm[0] = (byte) ((value < 0 ? 0x80 : 0) | hexExponent);
        for (int i = 7; i >= 1; i--) {
          ibm[i] = (byte) fraction;
          fraction >>>= 8;
        }
      }
    }
    System.arraycopy(ibm, 0, out, offset, length);
  }
}
