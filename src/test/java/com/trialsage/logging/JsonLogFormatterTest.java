package com.trialsage.logging;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class JsonLogFormatterTest {
  private final JsonLogFormatter formatter = new JsonLogFormatter();

  @Test
  void writesOneJsonObjectOnOneLine() {
    LogRecord record = record(Level.INFO, "Run queued\nsecond line \"quoted\" \u0001");

    String line = formatter.format(record);

    assertThat(line).endsWith("\n").doesNotContain("\r").hasLineCount(1);
    JsonObject json = parse(line);
    assertThat(json.getString("level")).isEqualTo("INFO");
    assertThat(json.getString("logger")).isEqualTo("com.trialsage.test");
    assertThat(json.getString("message")).isEqualTo("Run queued\nsecond line \"quoted\" \u0001");
    assertThat(json.getString("time")).isEqualTo("2026-12-03T12:00:00Z");
  }

  @Test
  void addsTheTenantRequestAndRunOfTheCurrentWork() {
    String line;
    try (LogContext.Scope scope = LogContext.open("req-1")) {
      LogContext.setTenant("acme");
      line = formatter.format(record(Level.INFO, "hello"));
    }

    JsonObject json = parse(line);
    assertThat(json.getString("tenant")).isEqualTo("acme");
    assertThat(json.getString("request_id")).isEqualTo("req-1");
    assertThat(json.containsKey("run_id")).isFalse();
    assertThat(LogContext.current()).isNull();
  }

  @Test
  void addsTheErrorAndAStackOnlyAtSevere() {
    LogRecord warning = record(Level.WARNING, "degraded");
    warning.setThrown(new IllegalStateException("db slow"));
    LogRecord severe = record(Level.SEVERE, "lost");
    severe.setThrown(new IllegalStateException("disk gone"));

    JsonObject warningJson = parse(formatter.format(warning));
    JsonObject severeJson = parse(formatter.format(severe));

    assertThat(warningJson.getString("error"))
        .isEqualTo("java.lang.IllegalStateException: db slow");
    assertThat(warningJson.containsKey("stack")).isFalse();
    assertThat(severeJson.getJsonArray("stack")).isNotEmpty().hasSizeLessThanOrEqualTo(20);
  }

  @Test
  void leavesPayaraMicrosInstanceBannerAsPrintedForTheArquillianContainer() {
    String banner = "{\n    \"Instance Configuration\": {\n        \"Host\": \"h\"\n    }\n}";
    LogRecord record = record(Level.INFO, banner);
    record.setLoggerName("PayaraMicro");

    String line = formatter.format(record);

    assertThat(line).isEqualTo(banner + "\n");
  }

  private static LogRecord record(Level level, String message) {
    LogRecord record = new LogRecord(level, message);
    record.setLoggerName("com.trialsage.test");
    record.setInstant(java.time.Instant.parse("2026-12-03T12:00:00Z"));
    return record;
  }

  private static JsonObject parse(String line) {
    return Json.createReader(new StringReader(line)).readObject();
  }
}
