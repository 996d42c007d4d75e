package com.trialsage.audit;

import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Writes audit events as CSV (RFC 4180): UTF-8 with a byte order mark (so spreadsheets read it as
 * UTF-8), CRLF line ends, a header row, and fields quoted when they hold a comma, quote or line
 * break. JSON values are in their canonical form, the one the hash covers.
 */
public final class AuditCsv implements Flushable {
  static final List<String> HEADER =
      List.of(
          "id",
          "occurredAt",
          "subject",
          "action",
          "objectType",
          "objectId",
          "oldValue",
          "newValue",
          "reason",
          "requestId",
          "hash",
          "previousHash");

  private final Writer out;

  private AuditCsv(Writer out) {
    this.out = out;
  }

  /** Starts a document on {@code stream}: the byte order mark and the header row. */
  public static AuditCsv startOn(OutputStream stream) throws IOException {
    Objects.requireNonNull(stream, "the CSV needs a stream to write to");
    AuditCsv csv =
        new AuditCsv(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
    csv.out.write('\uFEFF');
    csv.row(HEADER);
    return csv;
  }

  /** One row: the event's columns in {@link #HEADER}'s order. */
  public void write(AuditEvent event) throws IOException {
    Objects.requireNonNull(event, "event");
    row(
        Arrays.asList(
            Long.toString(event.id()),
            event.occurredAt().toString(),
            event.subject(),
            event.action(),
            event.objectType(),
            event.objectId(),
            event.canonicalOldValue(),
            event.canonicalNewValue(),
            event.reason(),
            event.requestId(),
            event.hash(),
            event.previousHash()));
  }

  private void row(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(fields.get(i)));
    }
    out.write("\r\n");
  }

  /** One field: empty for null, neutralised against formulas, quoted when it must be. */
  static String field(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String text = startsLikeAFormula(value) ? "'" + value : value;
    boolean mustQuote =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\r') >= 0
            || text.indexOf('\n') >= 0;
    return mustQuote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  // OWASP "CSV injection": a spreadsheet evaluates a cell starting with one of these as a formula,
  // so a subject or reason such as "=HYPERLINK(...)" would run when a reviewer opens the export.
  private static boolean startsLikeAFormula(String value) {
    return "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }
}
