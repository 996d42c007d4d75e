package com.trialsage.launcher;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Payara Micro's console output line by line. A line that is already a JSON object passes
 * through; any other line becomes a JSON log line of logger {@code payara}, at the level of the
 * Payara record it belongs to. While Payara starts, it also watches for a failed deployment,
 * because Payara Micro keeps running and even reports "ready" when the WAR did not deploy.
 */
final class PayaraOutput {

  static final String LOGGER = "payara";

  /** Payara's uniform log format: {@code [time] [product] [LEVEL] [msgid] [logger] ...}. */
  private static final Pattern RECORD_HEADER =
      Pattern.compile("^\\[\\d{4}-\\d\\d-\\d\\dT[^\\]]*\\] \\[[^\\]]*\\] \\[([A-Z]+)\\] ");

  /** The last bracketed field of a header line; the message follows it. */
  private static final Pattern MESSAGE_START = Pattern.compile("\\[levelValue: \\d+\\] ?");

  private static final Pattern ANSI_ESCAPE = Pattern.compile("\u001B\\[[0-9;]*m");

  /** {@code some.package.SomeException: message}, optionally after "Caused by: ". */
  private static final Pattern EXCEPTION_LINE =
      Pattern.compile("^(?:Caused by: )?(?:[\\w$]+\\.)+[\\w$]*(?:Exception|Error)(?::.*)?$");

  /** Phrases Payara logs at SEVERE when an application fails to deploy or start. */
  private static final List<String> DEPLOYMENT_FAILURE_PHRASES =
      List.of(
          "exception while loading the app",
          "exception during lifecycle processing",
          "failed due to previous errors",
          "exception while deploying",
          "deployment failed");

  private static final String READY_PHRASE = "ready in ";

  private Level currentLevel = Level.INFO;
  private String firstExceptionLine;
  private String firstSevereLine;
  private boolean deploymentFailed;
  private boolean reportedReady;

  /** Classifies one raw output line; returns the JSON line to print, or empty to drop it. */
  synchronized Optional<String> accept(String rawLine, java.util.logging.Formatter formatter) {
    String line = ANSI_ESCAPE.matcher(rawLine).replaceAll("").stripTrailing();
    if (line.isBlank()) {
      return Optional.empty(); // Payara separates its records with blank lines.
    }
    Optional<Map<String, String>> json = JsonObjectLine.topLevelStrings(line);
    if (json.isPresent()) {
      observeJson(json.get());
      return Optional.of(line.strip());
    }
    Matcher header = RECORD_HEADER.matcher(line);
    if (header.find()) {
      currentLevel = parseLevel(header.group(1));
    }
    observe(currentLevel, line);
    LogRecord record = new LogRecord(currentLevel, line);
    record.setLoggerName(LOGGER);
    return Optional.of(formatter.format(record).stripTrailing());
  }

  /** Why the deployment failed, once Payara's output has said so. */
  synchronized Optional<String> deploymentFailure() {
    if (!deploymentFailed) {
      return Optional.empty();
    }
    return Optional.of(failureReason().orElse("Payara Micro reported a failed deployment"));
  }

  /** The first exception message, or failing that the first SEVERE line, Payara printed. */
  synchronized Optional<String> failureReason() {
    return Optional.ofNullable(firstExceptionLine != null ? firstExceptionLine : firstSevereLine);
  }

  /** Payara has logged "Payara Micro ... ready in N (ms)": anything not deployed by now failed. */
  synchronized boolean reportedReady() {
    return reportedReady;
  }

  /**
   * Once the application's LogSetup has run, Payara's own records arrive as JSON lines too, and a
   * failed migration is among them.
   */
  private void observeJson(Map<String, String> fields) {
    Level level = parseLevel(fields.getOrDefault("level", "INFO"));
    String error = fields.get("error");
    if (error != null && level == Level.SEVERE && firstExceptionLine == null) {
      firstExceptionLine = error;
    }
    fields.getOrDefault("message", "").lines().forEach(line -> observe(level, line));
  }

  private void observe(Level level, String line) {
    String text = line.strip();
    if (text.contains("Payara Micro") && text.contains(READY_PHRASE)) {
      reportedReady = true;
    }
    if (level != Level.SEVERE) {
      return;
    }
    String message = messageOf(text);
    if (firstSevereLine == null && !message.isEmpty() && !message.equals("[[")) {
      firstSevereLine = message;
    }
    if (firstExceptionLine == null && EXCEPTION_LINE.matcher(text).matches()) {
      firstExceptionLine = text;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (DEPLOYMENT_FAILURE_PHRASES.stream().anyMatch(lower::contains)) {
      deploymentFailed = true;
    }
  }

  /** The message part of a header line, after Payara's bracketed fields. */
  private static String messageOf(String line) {
    Matcher start = MESSAGE_START.matcher(line);
    return start.find() ? line.substring(start.end()).strip() : line;
  }

  private static Level parseLevel(String name) {
    try {
      return Level.parse(name);
    } catch (IllegalArgumentException e) {
      return name.equals("ALERT") || name.equals("EMERGENCY") ? Level.SEVERE : Level.INFO;
    }
  }
}
