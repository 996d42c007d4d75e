package com.trialsage.logging;

import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Formats a log record as one JSON object on one line: {@code time}, {@code level}, {@code logger},
 * {@code message}, then {@code tenant}, {@code request_id} and {@code run_id} when known, and
 * {@code error} (plus {@code stack} at SEVERE) when the record carries an exception.
 */
public class JsonLogFormatter extends Formatter {
  private static final int MAX_STACK_FRAMES = 20;

  @Override
  public String format(LogRecord logRecord) {
    if (isInstanceBanner(logRecord)) {
      return formatMessage(logRecord) + "\n";
    }
    StringBuilder json = new StringBuilder(256).append('{');
    field(json, "time", Instant.ofEpochMilli(logRecord.getMillis()).toString());
    json.append(',');
    field(json, "level", logRecord.getLevel().getName());
    json.append(',');
    field(json, "logger", String.valueOf(logRecord.getLoggerName()));
    json.append(',');
    field(json, "message", formatMessage(logRecord));
    appendContext(json, LogContext.current());
    appendError(json, logRecord.getThrown(), logRecord.getLevel());
    return json.append("}\n").toString();
  }

  // Payara Micro prints its instance configuration (host, ports, deployed applications) once at
  // start-up; the Arquillian Payara Micro container finds the deployed application by parsing that
  // multi-line text from the console, and cannot once it is escaped into one JSON line.
  private static boolean isInstanceBanner(LogRecord logRecord) {
    return "PayaraMicro".equals(logRecord.getLoggerName())
        && String.valueOf(logRecord.getMessage()).contains("Instance Configuration");
  }

  private static void appendContext(StringBuilder json, LogContext.Fields fields) {
    if (fields == null) {
      return;
    }
    optionalField(json, "tenant", fields.tenant());
    optionalField(json, "request_id", fields.requestId());
    optionalField(json, "run_id", fields.runId());
  }

  private static void appendError(StringBuilder json, Throwable thrown, Level level) {
    if (thrown == null) {
      return;
    }
    optionalField(json, "error", thrown.getClass().getName() + ": " + thrown.getMessage());
    if (level.intValue() < Level.SEVERE.intValue()) {
      return;
    }
    json.append(",\"stack\":[");
    StackTraceElement[] frames = thrown.getStackTrace();
    for (int i = 0; i < Math.min(frames.length, MAX_STACK_FRAMES); i++) {
      if (i > 0) {
        json.append(',');
      }
      quote(json, frames[i].toString());
    }
    json.append(']');
  }

  private static void optionalField(StringBuilder json, String name, String value) {
    if (value != null) {
      json.append(',');
      field(json, name, value);
    }
  }

  private static void field(StringBuilder json, String name, String value) {
    quote(json, name);
    json.append(':');
    quote(json, value);
  }

  /** Writes a JSON string literal (RFC 8259 section 7). */
  static void quote(StringBuilder json, String value) {
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
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
