package com.trialsage.engine.cli;

/** The command line is wrong; the message says what, in one line. */
final class UsageException extends Exception {
  UsageException(String message) {
    super(message);
  }
}
