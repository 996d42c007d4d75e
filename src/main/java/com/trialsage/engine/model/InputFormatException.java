package com.trialsage.engine.model;

import java.io.IOException;
import java.util.Objects;

/**
 * A dataset file that cannot be read: truncated, corrupt, or of a format or version the engine does
 * not read. The message names the file, the byte offset where reading failed, and why; the engine
 * exits with code 3 on it.
 */
public class InputFormatException extends IOException {
  private final String file;
  private final long byteOffset;
  private final String reason;

  public InputFormatException(String file, long byteOffset, String reason) {
    super(Objects.requireNonNull(file, "file") + " at byte " + byteOffset + ": " + reason);
    this.file = file;
    this.byteOffset = byteOffset;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public String file() {
    return file;
  }

  public long byteOffset() {
    return byteOffset;
  }

  public String reason() {
    return reason;
  }
}
