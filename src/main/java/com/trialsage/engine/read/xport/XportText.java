package com.trialsage.engine.read.xport;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes XPORT character data. TS-140 does not record an encoding, so the caller names one, or
 * leaves it to this class to take each value as UTF-8 when it is valid UTF-8 and as Windows-1252
 * (the usual encoding of SAS on Windows) otherwise.
 */
final class XportText {
  private static final byte BLANK = ' ';
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final Charset charset;
  private final CharsetDecoder strictUtf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  /** {@code charset} may be null: detect UTF-8 or Windows-1252 per value. */
  XportText(Charset charset) {
    this.charset = charset;
  }

  /** The value without its trailing blanks (XPORT pads character values with blanks). */
  String decode(byte[] bytes, int offset, int length) {
    int end = offset + length;
    while (end > offset && bytes[end - 1] == BLANK) {
      end--;
    }
    int trimmedLength = end - offset;
    if (charset != null) {
      return new String(bytes, offset, trimmedLength, charset);
    }
    if (isAscii(bytes, offset, end)) {
      return new String(bytes, offset, trimmedLength, StandardCharsets.ISO_8859_1);
    }
    return decodeUtf8OrWindows1252(bytes, offset, trimmedLength);
  }

  static boolean isBlank(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if (bytes[i] != BLANK) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAscii(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  private String decodeUtf8OrWindows1252(byte[] bytes, int offset, int length) {
    try {
      return strictUtf8.decode(ByteBuffer.wrap(bytes, offset, length)).toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, offset, length, WINDOWS_1252);
    }
  }
}
