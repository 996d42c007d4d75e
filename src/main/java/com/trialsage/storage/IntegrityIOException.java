package com.trialsage.uploads;

import java.io.IOException;

/**
 * Thrown by a verified read when the bytes read do not hash to the upload's recorded SHA-256; the
 * failure has been recorded and alerted already.
 */
public class IntegrityIOException extends IOException {
  private static final long serialVersionUID = 1L;

  IntegrityIOException(String message) {
    super(message);
  }
}
