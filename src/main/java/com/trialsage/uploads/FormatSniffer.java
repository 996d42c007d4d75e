package com.trialsage.uploads;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Recognises an upload's format from its first bytes ({@link #HEAD_BYTES} at most). The file name
 * plays no part: a name is what the client says, the bytes are what it sent.
 */
public final class FormatSniffer {
  /** How many leading bytes the sniffer looks at. */
  public static final int HEAD_BYTES = 64 * 1024;

  // SAS TS-140: the first 80-byte record of a version 5 transport file. Version 8 says LIBV8.
  private static final byte[] XPORT_V5 =
      "HEADER RECORD*******LIBRARY HEADER RECORD!!!!!!!".getBytes(StandardCharsets.US_ASCII);
  private static final String DATASET_JSON_MARK = "\"datasetJSONVersion\"";

  private FormatSniffer() {}

  public static Optional<UploadFormat> sniff(byte[] head) {
    if (startsWith(head, XPORT_V5)) {
      return Optional.of(UploadFormat.XPORT);
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return Optional.of(UploadFormat.ZIP);
    }
    if (isCompressed(head)) {
      return isDatasetJsonText(inflatedHead(head))
          ? Optional.of(UploadFormat.DSJC)
          : Optional.empty();
    }
    String text = new String(head, StandardCharsets.UTF_8);
    String trimmed = stripBomAndWhitespace(text);
    if (trimmed.startsWith("<")) {
      return isDefineXml(trimmed) ? Optional.of(UploadFormat.DEFINE_XML) : Optional.empty();
    }
    if (trimmed.startsWith("{")) {
      return jsonFormat(trimmed);
    }
    return Optional.empty();
  }

  private static Optional<UploadFormat> jsonFormat(String text) {
    if (!isDatasetJsonText(text)) {
      return Optional.empty();
    }
    // Dataset-JSON 1.1 NDJSON: the metadata object alone on line 1, then one row array per line.
    int newline = text.indexOf('\n');
    if (newline > 0) {
      String rest = text.substring(newline + 1).stripLeading();
      if (rest.isEmpty() || rest.startsWith("[")) {
        return Optional.of(UploadFormat.NDJSON);
      }
    }
    return Optional.of(UploadFormat.DATASET_JSON);
  }

  private static boolean isDatasetJsonText(String text) {
    String trimmed = stripBomAndWhitespace(text);
    return trimmed.startsWith("{")
        && (trimmed.contains(DATASET_JSON_MARK)
            // Dataset-JSON 1.0 wraps the dataset in clinicalData or referenceData.
            || trimmed.contains("\"clinicalData\"")
            || trimmed.contains("\"referenceData\""));
  }

  private static boolean isDefineXml(String text) {
    return text.contains("<ODM") && text.contains("cdisc.org/ns/def/");
  }

  // DSJC is compressed NDJSON: the CDISC example files are gzip, the specification says zlib.
  private static boolean isCompressed(byte[] head) {
    if (head.length < 2) {
      return false;
    }
    int first = head[0] & 0xff;
    int second = head[1] & 0xff;
    boolean gzip = first == 0x1f && second == 0x8b;
    boolean zlib = first == 0x78 && ((first << 8) | second) % 31 == 0;
    return gzip || zlib;
  }

  private static String inflatedHead(byte[] head) {
    byte[] out = new byte[8192];
    int total = 0;
    try (InputStream in = inflater(head)) {
      int read;
      while (total < out.length && (read = in.read(out, total, out.length - total)) > 0) {
        total += read;
      }
    } catch (IOException e) {
      // The head ends mid-stream: what inflated so far is enough to judge.
    }
    return new String(out, 0, total, StandardCharsets.UTF_8);
  }

  private static InputStream inflater(byte[] head) throws IOException {
    InputStream raw = new ByteArrayInputStream(head);
    return (head[0] & 0xff) == 0x1f ? new GZIPInputStream(raw) : new InflaterInputStream(raw);
  }

  private static String stripBomAndWhitespace(String text) {
    String stripped = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return stripped.stripLeading();
  }

  private static boolean startsWith(byte[] head, byte[] prefix) {
    if (head.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (head[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
