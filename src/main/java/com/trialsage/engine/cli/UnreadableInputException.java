package com.trialsage.engine.cli;

/** An input file cannot be read; the message names the file and why. */
final class UnreadableInputException extends Exception {
  UnreadableInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
