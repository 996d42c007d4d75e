package com.trialsage.logging;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Formats a log record as one JSON object on one line: {@code time} (ISO-8601, UTC), {@code level},
 * {@code logger}, {@code message}, the {@link LogContext} fields that are set, and for a thrown
 * exception {@code error} plus, at SEVERE only, up to {@value #MAX_STACK_FRAMES} {@code stack}
 * frames.
 */
public final class JsonLogFormatter extends Formatter {

  static final int MAX_STACK_FRAMES = 20;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  @Override
  public String format(LogRecord record) {
    StringBuilder json = new StringBuilder(256).append('{');
    appendField(json, "time", TIME.format(record.getInstant()));
    json.append(',');
    appendField(json, "level", record.getLevel().getName());
    json.append(',');
    appendField(json, "logger", record.getLoggerName() == null ? "" : record.getLoggerName());
    json.append(',');
    appendField(json, "message", messageOf(record));
    for (LogContext.Field field : LogContext.Field.values()) {
      LogContext.get(field)
          .ifPresent(value -> appendField(json.append(','), field.jsonName(), value));
    }
    Throwable thrown = record.getThrown();
    if (thrown != null) {
      appendField(json.append(','), "error", describe(thrown));
      if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
        appendStack(json.append(','), thrown.getStackTrace());
      }
    }
    return json.append("}\n").toString();
  }

  private String messageOf(LogRecord record) {
    String message = formatMessage(record);
    return message == null ? "" : message;
  }

  private static String describe(Throwable thrown) {
    String message = thrown.getMessage();
    return message == null
        ? thrown.getClass().getName()
        : thrown.getClass().getName() + ": " + message;
  }

  private static void appendStack(StringBuilder json, StackTraceElement[] frames) {
    json.append("\"stack\":[");
    int count = Math.min(frames.length, MAX_STACK_FRAMES);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        json.append(',');
      }
      appendString(json, frames[i].toString());
    }
    json.append(']');
  }

  private static void appendField(StringBuilder json, String name, String value) {
    appendString(json, name);
    json.append(':');
    appendString(json, value);
  }

  /** Writes a JSON string literal (RFC 8259, section 7); non-ASCII text stays as it is. */
  static void appendString(StringBuilder json, String value) {
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        case '\b' -> json.append("\\b");
        case '\f' -> json.append("\\f");
        // U+2028 and U+2029 end a line in JavaScript and in some log viewers.
        case '\u2028', '\u2029' -> json.append(String.format("\\u%04x", (int) c));
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}
