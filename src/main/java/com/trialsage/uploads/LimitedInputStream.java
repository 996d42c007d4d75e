package com.trialsage.uploads;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts what passes and fails with {@link ByteLimitExceededException} beyond a limit. */
final class LimitedInputStream extends FilterInputStream {
  private final long limitBytes;
  private long count;

  LimitedInputStream(InputStream in, long limitBytes) {
    super(in);
    if (limitBytes < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limitBytes);
    }
    this.limitBytes = limitBytes;
  }

  long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int read = super.read(buffer, offset, length);
    if (read > 0) {
      counted(read);
    }
    return read;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes must be counted too: read them.
    return Math.max(0, read(new byte[(int) Math.max(0, Math.min(n, 8192))]));
  }

  private void counted(int bytes) throws ByteLimitExceededException {
    count += bytes;
    if (count > limitBytes) {
      throw new ByteLimitExceededException(limitBytes);
    }
  }
}
