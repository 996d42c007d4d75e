package com.trialsage.reports;

import com.trialsage.reports.ReportSource.FindingCursor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The CSV report: a header row, then one row per finding with the columns of {@link DetailColumns}.
 * RFC 4180 with CRLF line ends, UTF-8 with a byte order mark (without one Excel reads the file in
 * the machine's code page). Fields that a spreadsheet would evaluate as a formula start with an
 * apostrophe ({@link CsvField}).
 */
final class CsvReportWriter implements ReportWriter {
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final String LINE_END = "\r\n";
  private static final int BUFFER_CHARS = 64 * 1024;

  @Override
  public void write(ReportSource source, OutputStream out) throws IOException {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(out, "out");
    RuleCatalog catalog = new RuleCatalog(source.rules());
    Writer csv =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_CHARS);

    csv.write(BYTE_ORDER_MARK);
    writeRow(csv, DetailColumns.HEADERS.toArray(String[]::new));
    try (FindingCursor findings = source.findings()) {
      while (findings.hasNext()) {
        writeRow(csv, DetailColumns.texts(findings.next(), catalog));
      }
    }

    // Not close(): that would close the caller's stream.
    csv.flush();
  }

  private static void writeRow(Writer csv, String[] fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        csv.write(',');
      }
      csv.write(CsvField.of(fields[i]));
    }
    csv.write(LINE_END);
  }
}
