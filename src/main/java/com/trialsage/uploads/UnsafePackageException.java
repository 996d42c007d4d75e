package com.trialsage.uploads;

import java.io.IOException;

/** A zip study package that breaks a safety rule; the message says which, for the client. */
public class UnsafePackageException extends IOException {
  public UnsafePackageException(String message) {
    super(message);
  }
}
