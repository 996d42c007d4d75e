package com.trialsage.reports;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

/** An output stream for the tests that keeps what it was given, or only counts it. */
final class WatchedOutput extends OutputStream {
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private final boolean keep;
  private long bytes;
  private boolean closed;

  private WatchedOutput(boolean keep) {
    this.keep = keep;
  }

  static WatchedOutput keeping() {
    return new WatchedOutput(true);
  }

  static WatchedOutput counting() {
    return new WatchedOutput(false);
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] buffer, int offset, int length) {
    if (keep) {
      kept.write(buffer, offset, length);
    }
    bytes += length;
  }

  @Override
  public void close() {
    closed = true;
  }

  byte[] bytes() {
    return kept.toByteArray();
  }

  long byteCount() {
    return bytes;
  }

  boolean closed() {
    return closed;
  }
}
