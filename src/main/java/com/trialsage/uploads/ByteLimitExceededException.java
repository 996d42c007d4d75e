package com.trialsage.uploads;

import java.io.IOException;

/** A stream delivered more bytes than its limit allowed. */
public class ByteLimitExceededException extends IOException {
  private final long limitBytes;

  public ByteLimitExceededException(long limitBytes) {
    super("more than " + limitBytes + " bytes");
    this.limitBytes = limitBytes;
  }

  public long limitBytes() {
    return limitBytes;
  }
}
