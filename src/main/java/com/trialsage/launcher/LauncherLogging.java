package com.trialsage.launcher;

import com.trialsage.logging.JsonLogFormatter;
import java.util.logging.ErrorManager;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** JSON log lines on stdout for the launcher and for the libraries it runs (zonky via slf4j). */
final class LauncherLogging {

  private LauncherLogging() {}

  /**
   * Must run before anything touches java.util.logging: the LogManager class is chosen once, when
   * it is first used.
   */
  static void selectLogManager() {
    System.setProperty("java.util.logging.manager", ShutdownSafeLogManager.class.getName());
  }

  /** Replaces the root logger's console handler with one writing JSON lines to stdout. */
  static void install() {
    Logger root = Logger.getLogger("");
    for (Handler handler : root.getHandlers()) {
      root.removeHandler(handler);
    }
    root.addHandler(new StdoutJsonHandler());
    root.setLevel(Level.INFO);
  }

  /** Like ConsoleHandler, but on stdout and flushing every line. */
  static final class StdoutJsonHandler extends Handler {
    private final Formatter formatter = new JsonLogFormatter();

    StdoutJsonHandler() {
      setFormatter(formatter);
      setLevel(Level.ALL);
    }

    @Override
    public void publish(LogRecord record) {
      if (!isLoggable(record)) {
        return;
      }
      try {
        StandardOutput.writeLine(getFormatter().format(record));
      } catch (RuntimeException e) {
        reportError("Cannot write a log line", e, ErrorManager.WRITE_FAILURE);
      }
    }

    @Override
    public void flush() {
      // Every line is flushed as it is written.
    }

    @Override
    public void close() {
      // Nothing to release.
    }
  }
}
