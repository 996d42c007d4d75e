package com.trialsage.engine.read.xport;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A window that slides forward over a stream through one large buffer, so that memory stays the
 * same whatever the size of the file. Bytes handed out stay in place until the next {@link
 * #require}.
 */
final class ByteWindow {
  private final InputStream in;
  private byte[] buffer;
  private int position;
  private int limit;
  private long bufferStartOffset;
  private boolean endOfStream;

  ByteWindow(InputStream in, int bufferSizeInBytes) {
    this.in = Objects.requireNonNull(in, "in");
    if (bufferSizeInBytes <= 0) {
      throw new IllegalArgumentException("bufferSizeInBytes must be > 0, was " + bufferSizeInBytes);
    }
    this.buffer = new byte[bufferSizeInBytes];
  }

  /**
   * Makes {@code count} bytes available from the current position, or as many as the stream still
   * holds, and returns how many are available (fewer than {@code count} only at its end).
   */
  int require(int count) throws IOException {
    if (limit - position >= count) {
      return count;
    }
    compactAndGrow(count);
    while (limit - position < count && !endOfStream) {
      int read = in.read(buffer, limit, buffer.length - limit);
      if (read < 0) {
        endOfStream = true;
      } else {
        limit += read;
      }
    }
    return Math.min(count, limit - position);
  }

  private void compactAndGrow(int count) {
    int available = limit - position;
    byte[] target = count > buffer.length ? new byte[count] : buffer;
    System.arraycopy(buffer, position, target, 0, available);
    buffer = target;
    bufferStartOffset += position;
    position = 0;
    limit = available;
  }

  /** The buffer; bytes from {@link #position()} on are the file's bytes from {@link #offset()}. */
  byte[] buffer() {
    return buffer;
  }

  int position() {
    return position;
  }

  /** The byte offset in the file of the current position. */
  long offset() {
    return bufferStartOffset + position;
  }

  /** Moves forward over {@code count} bytes that {@link #require} made available. */
  void advance(int count) {
    if (count < 0 || count > limit - position) {
      throw new IllegalArgumentException(
          "can advance over 0 to " + (limit - position) + " bytes, not " + count);
    }
    position += count;
  }

  void close() throws IOException {
    in.close();
  }
}
