package com.trialsage.engine.ct;

import java.io.IOException;
import java.nio.file.Path;

/** The terminology file is not the NCI EVS tab-separated format; the message names the line. */
public final class CtFormatException extends IOException {
  public CtFormatException(Path file, int lineNumber, String reason) {
    super(file.getFileName() + " line " + lineNumber + ": " + reason);
  }
}
