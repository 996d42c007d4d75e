package com.trialsage.uploads;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The request body; a failure to read it (the client went away or sent a broken body) becomes an
 * {@link InterruptedUploadException}, so it is not mistaken for a storage failure.
 */
final class ClientBodyInputStream extends FilterInputStream {

  ClientBodyInputStream(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    try {
      return super.read();
    } catch (IOException e) {
      throw new InterruptedUploadException(e);
    }
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    try {
      return super.read(buffer, offset, length);
    } catch (IOException e) {
      throw new InterruptedUploadException(e);
    }
  }

  /** Reading the request body failed. */
  static final class InterruptedUploadException extends IOException {
    InterruptedUploadException(IOException cause) {
      super("the request body ended early: " + cause.getMessage(), cause);
    }
  }
}
