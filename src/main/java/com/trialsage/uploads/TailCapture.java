package com.trialsage.uploads;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes that pass and keeps the last {@link #CAPACITY_BYTES} of them, so the zip central
 * directory at the end of a package can be read without a second pass over the stream.
 */
final class TailCapture extends FilterInputStream {
  static final int CAPACITY_BYTES = 2 * 1024 * 1024;

  private final byte[] ring = new byte[CAPACITY_BYTES];
  private long count;

  TailCapture(InputStream in) {
    super(in);
  }

  long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      ring[(int) (count % CAPACITY_BYTES)] = (byte) b;
      count++;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int read = super.read(buffer, offset, length);
    for (int i = 0; i < read; i++) {
      ring[(int) ((count + i) % CAPACITY_BYTES)] = buffer[offset + i];
    }
    if (read > 0) {
      count += read;
    }
    return read;
  }

  @Override
  public long skip(long n) throws IOException {
    return Math.max(0, read(new byte[(int) Math.max(0, Math.min(n, 8192))]));
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** The last bytes read, oldest first. */
  byte[] tail() {
    int length = (int) Math.min(count, CAPACITY_BYTES);
    byte[] tail = new byte[length];
    int start = (int) ((count - length) % CAPACITY_BYTES);
    for (int i = 0; i < length; i++) {
      tail[i] = ring[(start + i) % CAPACITY_BYTES];
    }
    return tail;
  }
}
