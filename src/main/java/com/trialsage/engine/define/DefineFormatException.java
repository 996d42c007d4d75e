package com.trialsage.engine.define;

import java.io.IOException;

/** The define.xml cannot be read; the message names the file, line and column. */
public final class DefineFormatException extends IOException {
  public DefineFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
