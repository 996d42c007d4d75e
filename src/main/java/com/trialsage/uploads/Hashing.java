package com.trialsage.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of streams. */
final class Hashing {
  private static final int BUFFER_BYTES = 1024 * 1024;

  private Hashing() {}

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Hex SHA-256 of the whole stream, or "size N" when it does not have the expected size. */
  static String sha256Of(InputStream content, long expectedSizeBytes) throws IOException {
    MessageDigest digest = sha256();
    byte[] buffer = new byte[BUFFER_BYTES];
    long size = 0;
    int read;
    while ((read = content.read(buffer)) > 0) {
      digest.update(buffer, 0, read);
      size += read;
    }
    if (size != expectedSizeBytes) {
      return "size " + size;
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
