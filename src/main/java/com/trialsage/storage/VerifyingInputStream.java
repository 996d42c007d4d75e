package com.trialsage.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Hashes what is read; at the end, a SHA-256 or size that differs from the record calls {@code
 * onMismatch} with what was found and fails the read, so a download of changed bytes never ends
 * cleanly.
 */
public final class VerifyingInputStream extends FilterInputStream {
  private final MessageDigest digest = sha256();
  private final String expectedSha256;
  private final long expectedSizeBytes;
  private final String what;
  private final Consumer<String> onMismatch;
  private long size;
  private boolean checked;
  private boolean failed;

  /**
   * @param expectedSha256 lower-case hex SHA-256 the bytes must have
   * @param what names the object in the exception ("upload …", "report …")
   * @param onMismatch receives the SHA-256 found, or {@code size N} when the size differs
   */
  public VerifyingInputStream(
      InputStream in,
      String expectedSha256,
      long expectedSizeBytes,
      String what,
      Consumer<String> onMismatch) {
    super(Objects.requireNonNull(in, "in"));
    this.expectedSha256 = Objects.requireNonNull(expectedSha256, "expectedSha256");
    this.expectedSizeBytes = expectedSizeBytes;
    this.what = Objects.requireNonNull(what, "what");
    this.onMismatch = Objects.requireNonNull(onMismatch, "onMismatch");
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int read = read(one, 0, 1);
    return read < 0 ? -1 : one[0] & 0xff;
  }

  // The check runs when the expected size is reached, before that last chunk is handed on: a
  // client that was promised Content-Length bytes then never receives a complete changed body.
  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int read = super.read(buffer, offset, length);
    if (read > 0) {
      digest.update(buffer, offset, read);
      size += read;
      if (size > expectedSizeBytes) {
        fail("size over " + expectedSizeBytes);
      } else if (size == expectedSizeBytes && !checked) {
        check();
      }
    } else if (read < 0 && !checked) {
      check();
    }
    return read;
  }

  private void check() throws IOException {
    checked = true;
    String actual =
        size == expectedSizeBytes ? HexFormat.of().formatHex(digest.digest()) : "size " + size;
    if (!actual.equals(expectedSha256)) {
      fail(actual);
    }
  }

  private void fail(String actual) throws IOException {
    checked = true;
    if (!failed) {
      failed = true;
      onMismatch.accept(actual);
    }
    throw new IntegrityIOException(what + " failed verification while read");
  }

  @Override
  public long skip(long n) throws IOException {
    return Math.max(0, read(new byte[(int) Math.max(0, Math.min(n, 8192))]));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
