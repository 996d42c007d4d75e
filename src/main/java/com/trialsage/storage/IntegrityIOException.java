package com.trialsage.storage;

import java.io.IOException;

/**
 * Thrown by a verified read when the bytes read do not hash to the recorded SHA-256 or size; the
 * failure has been recorded and alerted already.
 */
public class IntegrityIOException extends IOException {
  private static final long serialVersionUID = 1L;

  public IntegrityIOException(String message) {
    super(message);
  }
}
