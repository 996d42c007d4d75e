package com.trialsage.launcher;

/** The command line cannot be understood; the message says what to change. */
final class UsageException extends Exception {

  UsageException(String message) {
    super(message);
  }
}
