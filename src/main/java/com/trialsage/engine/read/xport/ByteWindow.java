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
  /** Small files need no more; a large one doubles the buffer at each refill up to the maximum. */
  private static final int INITIAL_SIZE_IN_BYTES = 8192;

  private final InputStream in;
  private final int maxBufferSizeInBytes;
  private byte[] buffer;
  private int position;
  private int limit;
  private long bufferStartOffset;
  private boolean endOfStream;

  /**
   * @param maxBufferSizeInBytes the size the buffer grows to while the stream goes on; a single
   *     {@link #require} of more makes it larger
   */
  ByteWindow(InputStream in, int maxBufferSizeInBytes) {
    this.in = Objects.requireNonNull(in, "in");
    if (maxBufferSizeInBytes <= 0) {
      throw new IllegalArgumentException(
          "maxBufferSizeInBytes must be > 0, was " + maxBufferSizeInBytes);
    }
    this.maxBufferSizeInBytes = maxBufferSizeInBytes;
    this.buffer = new byte[Math.min(INITIAL_SIZE_IN_BYTES, maxBufferSizeInBytes)];
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
    int size = buffer.length;
    if (!endOfStream && size < maxBufferSizeInBytes) {
      size = Math.min(maxBufferSizeInBytes, size * 2);
    }
    byte[] target = count > size || size > buffer.length ? new byte[Math.max(count, size)] : buffer;
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
