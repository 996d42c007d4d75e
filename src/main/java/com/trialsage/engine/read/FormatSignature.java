package com.trialsage.engine.read;

import com.trialsage.engine.read.xport.XportVersion;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The format a dataset file's first bytes reveal, and in words what they are when unknown. */
record FormatSignature(Format format, String description) {
  /** Enough to see the start of an XPORT library header, or JSON after a BOM and some blanks. */
  static final int PREFIX_LENGTH = 8192;

  private static final String XPORT_HEADER = "HEADER RECORD*******LIBRARY HEADER RECORD!!!!!!!";
  private static final String XPORT_V8_HEADER = "HEADER RECORD*******LIBV8   HEADER RECORD!!!!!!!";
  private static final int GZIP_MAGIC_1 = 0x1F;
  private static final int GZIP_MAGIC_2 = 0x8B;

  /** RFC 1950: CMF 0x78 is deflate with a 32 KiB window; CMF*256+FLG is a multiple of 31. */
  private static final int ZLIB_CMF = 0x78;

  enum Format {
    XPORT,
    JSON,
    GZIP,
    ZLIB,
    UNKNOWN
  }

  /** Looks at the first bytes of {@code in} and resets it to its start. */
  static FormatSignature read(BufferedInputStream in) throws IOException {
    in.mark(PREFIX_LENGTH);
    byte[] prefix = in.readNBytes(PREFIX_LENGTH);
    in.reset();
    return of(prefix);
  }

  static FormatSignature of(byte[] prefix) {
    if (prefix.length == 0) {
      return unknown("the file is empty");
    }
    String ascii = new String(prefix, 0, Math.min(prefix.length, 48), StandardCharsets.ISO_8859_1);
    if (ascii.equals(XPORT_HEADER)) {
      return new FormatSignature(Format.XPORT, "SAS XPORT version 5");
    }
    if (ascii.equals(XPORT_V8_HEADER)) {
      return unknown(XportVersion.VERSION_8_MESSAGE);
    }
    int b0 = prefix[0] & 0xFF;
    int b1 = prefix.length > 1 ? prefix[1] & 0xFF : -1;
    if (b0 == GZIP_MAGIC_1 && b1 == GZIP_MAGIC_2) {
      return new FormatSignature(Format.GZIP, "gzip-compressed NDJSON (DSJC)");
    }
    if (b0 == ZLIB_CMF && b1 >= 0 && (b0 * 256 + b1) % 31 == 0) {
      return new FormatSignature(Format.ZLIB, "zlib-compressed NDJSON (DSJC)");
    }
    if (startsJsonObject(prefix)) {
      return new FormatSignature(Format.JSON, "Dataset-JSON");
    }
    return unknown(describeUnknown(prefix));
  }

  /** A '{' after an optional UTF-8 byte-order mark and JSON whitespace. */
  private static boolean startsJsonObject(byte[] prefix) {
    int i = hasUtf8Bom(prefix) ? 3 : 0;
    while (i < prefix.length && isJsonWhitespace(prefix[i])) {
      i++;
    }
    return i < prefix.length && prefix[i] == '{';
  }

  private static boolean hasUtf8Bom(byte[] prefix) {
    return prefix.length >= 3
        && (prefix[0] & 0xFF) == 0xEF
        && (prefix[1] & 0xFF) == 0xBB
        && (prefix[2] & 0xFF) == 0xBF;
  }

  private static boolean isJsonWhitespace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }

  private static String describeUnknown(byte[] prefix) {
    int b0 = prefix[0] & 0xFF;
    int b1 = prefix.length > 1 ? prefix[1] & 0xFF : -1;
    if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
      return "the file is UTF-16 text; Dataset-JSON must be UTF-8";
    }
    if (b0 == 'P' && b1 == 'K') {
      return "the file is a ZIP archive; upload the dataset files it holds";
    }
    StringBuilder hex = new StringBuilder();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < Math.min(prefix.length, 16); i++) {
      int b = prefix[i] & 0xFF;
      hex.append(String.format("%02x ", b));
      text.append(b >= 0x20 && b < 0x7F ? (char) b : '.');
    }
    return "the file is neither SAS XPORT v5 nor Dataset-JSON (JSON, NDJSON or DSJC); it begins"
        + " with bytes "
        + hex.toString().trim()
        + " (\""
        + text
        + "\")";
  }

  private static FormatSignature unknown(String description) {
    return new FormatSignature(Format.UNKNOWN, description);
  }
}
