package com.trialsage.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Escaping and missing-value cases, read back with a parser of the test's own. */
class JsonLogFormatterEdgeCasesTest {

  private final JsonLogFormatter formatter = new JsonLogFormatter();

  @AfterEach
  void clearContext() {
    LogContext.clear();
  }

  @Test
  void writesMillisecondsInUtc() {
    LogRecord record = record(Level.INFO, "Run queued");
    record.setInstant(Instant.parse("2026-12-03T10:15:30.123456Z"));

    assertThat(formatter.format(record))
        .isEqualTo(
            "{\"time\":\"2026-12-03T10:15:30.123Z\",\"level\":\"INFO\","
                + "\"logger\":\"com.trialsage.runs\",\"message\":\"Run queued\"}\n");
  }

  @Test
  void formatsTheMessageWithItsParameters() {
    LogRecord record = record(Level.INFO, "Run {0} finished with {1} findings");
    record.setParameters(new Object[] {"r-17", 42});

    assertThat(parse(formatter.format(record)))
        .containsEntry("message", "Run r-17 finished with 42 findings");
  }

  @Test
  void escapesQuotesBackslashesAndEveryControlCharacter() {
    String message = "say \"hi\" \\ path\ttab\nnew line\r\b\f\u0001\u001f end";

    String line = formatter.format(record(Level.INFO, message));

    assertThat(line).hasLineCount(1);
    assertThat(parse(line)).containsEntry("message", message);
  }

  @Test
  void keepsNonAsciiTextReadable() {
    String message = "Prüfung für Studie 試験 — ✓";

    String line = formatter.format(record(Level.INFO, message));

    assertThat(line).contains(message);
    assertThat(parse(line)).containsEntry("message", message);
  }

  @Test
  void escapesLineSeparatorsThatEndALineInJavaScript() {
    String line = formatter.format(record(Level.INFO, "a\u2028b\u2029c"));

    assertThat(line).contains("a\\u2028b\\u2029c");
    assertThat(parse(line)).containsEntry("message", "a\u2028b\u2029c");
  }

  @Test
  void addsTheRunAndTenantOfBackgroundWork() {
    Map<String, Object> json;
    try (LogContext.Scope scope = LogContext.openRun("acme", "run-9")) {
      json = parse(formatter.format(record(Level.INFO, "x")));
    }

    assertThat(json)
        .containsEntry("tenant", "acme")
        .containsEntry("run_id", "run-9")
        .doesNotContainKey("request_id");
  }

  @Test
  void limitsTheStackToTwentyFrames() {
    LogRecord record = record(Level.SEVERE, "Run lost");
    record.setThrown(exceptionWithFrames(35));

    Map<String, Object> json = parse(formatter.format(record));

    assertThat(json).containsEntry("error", "java.io.IOException: disk full");
    assertThat((List<?>) json.get("stack"))
        .hasSize(JsonLogFormatter.MAX_STACK_FRAMES)
        .first()
        .isEqualTo("com.trialsage.Fake.frame0(Fake.java:1)");
  }

  @Test
  void namesAnExceptionWithoutMessageByItsClassAlone() {
    LogRecord record = record(Level.WARNING, "x");
    record.setThrown(new NullPointerException());

    assertThat(parse(formatter.format(record)))
        .containsEntry("error", "java.lang.NullPointerException");
  }

  @Test
  void writesAnEmptyMessageRatherThanFailingOnNull() {
    LogRecord record = record(Level.INFO, null);

    assertThat(parse(formatter.format(record))).containsEntry("message", "");
  }

  private static LogRecord record(Level level, String message) {
    LogRecord record = new LogRecord(level, message);
    record.setLoggerName("com.trialsage.runs");
    return record;
  }

  private static Exception exceptionWithFrames(int count) {
    Exception exception = new IOException("disk full");
    StackTraceElement[] frames = new StackTraceElement[count];
    for (int i = 0; i < count; i++) {
      frames[i] = new StackTraceElement("com.trialsage.Fake", "frame" + i, "Fake.java", i + 1);
    }
    exception.setStackTrace(frames);
    return exception;
  }

  private static Map<String, Object> parse(String line) {
    assertThat(line).endsWith("\n");
    return TinyJson.parseObject(line.substring(0, line.length() - 1));
  }
}
