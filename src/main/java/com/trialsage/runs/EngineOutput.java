package com.trialsage.runs;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the engine's result files as untrusted input. The engine may be another implementation of
 * the contract, or a compromised one: files must be regular files (never links the child planted to
 * make this process read elsewhere), within size caps, and every finding must match the schema
 * before it reaches the database.
 */
public final class EngineOutput {
  static final String SUMMARY = "summary.json";
  static final String FINDINGS = "findings.ndjson";

  private static final long MAX_SUMMARY_BYTES = 16L << 20;
  private static final int MAX_LINE_CHARS = 1 << 20;
  private static final int MAX_TEXT_CHARS = 4000;
  private static final Pattern RULE_ID = Pattern.compile("[A-Z]{2}[0-9]{4}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Set<String> SEVERITIES = Set.of("Error", "Warning", "Notice");

  private final Path folder;

  public EngineOutput(Path folder) {
    this.folder = folder;
  }

  /** The checked summary. */
  public EngineSummary summary() {
    Path file = regularFile(SUMMARY);
    String json = readSmall(file);
    JsonObject summary = parseObject(json, SUMMARY);
    JsonObject findings = object(summary, "findings", SUMMARY);
    return new EngineSummary(
        text(summary, "engineVersion", 64, SUMMARY),
        sha256(summary),
        text(summary, "controlledTerminology", 64, SUMMARY),
        count(summary, "elapsedMillis", SUMMARY),
        count(findings, "total", SUMMARY),
        count(findings, "written", SUMMARY),
        json);
  }

  /**
   * The findings, read lazily line by line; a line that breaks the schema throws {@link
   * EngineOutputException} from {@link Iterator#next()}.
   */
  public FindingLines findings() {
    Path file = regularFile(FINDINGS);
    try {
      InputStream in =
          Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
      return new FindingLines(
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
    } catch (IOException e) {
      throw new EngineOutputException("cannot open " + FINDINGS + ": " + e.getMessage(), e);
    }
  }

  /** Findings parsed one per line; close it to release the file. */
  public static final class FindingLines implements Iterator<Finding>, AutoCloseable {
    private final BufferedReader lines;
    private long lineNumber;
    private String next;

    private FindingLines(BufferedReader lines) {
      this.lines = lines;
    }

    /** Lines read so far. */
    public long count() {
      return lineNumber;
    }

    @Override
    public boolean hasNext() {
      if (next == null) {
        next = readLine();
      }
      return next != null;
    }

    @Override
    public Finding next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      String line = next;
      next = null;
      lineNumber++;
      return parseFinding(line, lineNumber);
    }

    private String readLine() {
      try {
        String line = lines.readLine();
        while (line != null && line.isBlank()) {
          line = lines.readLine();
        }
        if (line != null && line.length() > MAX_LINE_CHARS) {
          throw new EngineOutputException(
              FINDINGS + " line " + (lineNumber + 1) + " is longer than " + MAX_LINE_CHARS);
        }
        return line;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      lines.close();
    }
  }

  static Finding parseFinding(String line, long lineNumber) {
    String where = FINDINGS + " line " + lineNumber;
    JsonObject json = parseObject(line, where);
    String ruleId = text(json, "ruleId", 16, where);
    if (!RULE_ID.matcher(ruleId).matches()) {
      throw new EngineOutputException(where + ": ruleId '" + ruleId + "' is not a rule id");
    }
    String severity = text(json, "severity", 16, where);
    if (!SEVERITIES.contains(severity)) {
      throw new EngineOutputException(where + ": severity '" + severity + "' is unknown");
    }
    return new Finding(
        ruleId,
        severity,
        name(json, "dataset", where),
        record(json, where),
        optionalText(json, "usubjid", 200, where),
        name(json, "variable", where),
        truncated(optionalText(json, "value", Integer.MAX_VALUE, where)),
        truncated(text(json, "message", Integer.MAX_VALUE, where)));
  }

  private static String name(JsonObject json, String field, String where) {
    String value = optionalText(json, field, 32, where);
    if (value != null && !NAME.matcher(value).matches()) {
      throw new EngineOutputException(where + ": " + field + " '" + value + "' is not a name");
    }
    return value;
  }

  private static Long record(JsonObject json, String where) {
    JsonValue value = json.get("record");
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(value instanceof JsonNumber number) || !number.isIntegral() || number.longValue() < 1) {
      throw new EngineOutputException(where + ": record must be a whole number from 1");
    }
    return number.longValue();
  }

  private static String truncated(String value) {
    if (value == null || value.length() <= MAX_TEXT_CHARS) {
      return value;
    }
    return value.substring(0, MAX_TEXT_CHARS) + "…";
  }

  private static String text(JsonObject json, String field, int maxChars, String where) {
    String value = optionalText(json, field, maxChars, where);
    if (value == null) {
      throw new EngineOutputException(where + ": " + field + " is missing");
    }
    return value;
  }

  private static String optionalText(JsonObject json, String field, int maxChars, String where) {
    JsonValue value = json.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(value instanceof JsonString string)) {
      throw new EngineOutputException(where + ": " + field + " must be a string");
    }
    if (string.getString().length() > maxChars) {
      throw new EngineOutputException(where + ": " + field + " is longer than " + maxChars);
    }
    return string.getString();
  }

  private static long count(JsonObject json, String field, String where) {
    JsonValue value = json.get(field);
    if (!(value instanceof JsonNumber number) || !number.isIntegral() || number.longValue() < 0) {
      throw new EngineOutputException(where + ": " + field + " must be a count");
    }
    return number.longValue();
  }

  private static JsonObject object(JsonObject json, String field, String where) {
    JsonValue value = json.get(field);
    if (!(value instanceof JsonObject object)) {
      throw new EngineOutputException(where + ": " + field + " must be an object");
    }
    return object;
  }

  private static String sha256(JsonObject summary) {
    String value = text(summary, "catalogSha256", 64, SUMMARY);
    if (!SHA256.matcher(value).matches()) {
      throw new EngineOutputException(SUMMARY + ": catalogSha256 is not a SHA-256");
    }
    return value;
  }

  private static JsonObject parseObject(String json, String where) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      throw new EngineOutputException(where + " is not a JSON object", e);
    }
  }

  private Path regularFile(String name) {
    Path file = folder.resolve(name);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new EngineOutputException(name + " is missing or not a regular file");
    }
    return file;
  }

  private static String readSmall(Path file) {
    try {
      if (Files.size(file) > MAX_SUMMARY_BYTES) {
        throw new EngineOutputException(
            SUMMARY + " is larger than " + MAX_SUMMARY_BYTES + " bytes");
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EngineOutputException("cannot read " + SUMMARY + ": " + e.getMessage(), e);
    }
  }
}
