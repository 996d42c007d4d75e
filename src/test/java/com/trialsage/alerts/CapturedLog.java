package com.trialsage.alerts;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Records what the alerts package logs, FINE included, until closed. */
final class CapturedLog extends Handler implements AutoCloseable {
  private final Logger logger = Logger.getLogger("com.trialsage.alerts");
  private final Level previous = logger.getLevel();
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();

  CapturedLog() {
    setLevel(Level.ALL);
    logger.setLevel(Level.FINE);
    logger.addHandler(this);
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  /** Every message at or above the level, in order. */
  List<String> messages(Level atLeast) {
    return records.stream()
        .filter(record -> record.getLevel().intValue() >= atLeast.intValue())
        .map(LogRecord::getMessage)
        .toList();
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
    logger.setLevel(previous);
  }
}
