package com.trialsage.reports;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/** The formats a run's report is served in, with the word that names each in a URL path. */
public enum ReportFormat {
  /** One JSON object; the shape is documented on {@link JsonReportWriter}. */
  JSON("json", "application/json", JsonReportWriter::new),
  /** One row per finding, RFC 4180, UTF-8 with a byte order mark for Excel. */
  CSV("csv", "text/csv; charset=utf-8; header=present", CsvReportWriter::new),
  /** An Excel workbook with the sheets reviewers know from Pinnacle 21. */
  XLSX(
      "xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      XlsxReportWriter::new),
  /** One self-contained page for a person to read, with the first findings. */
  HTML("html", "text/html; charset=utf-8", HtmlReportWriter::new);

  private final String pathWord;
  private final String mediaType;
  private final Supplier<ReportWriter> writers;

  ReportFormat(String pathWord, String mediaType, Supplier<ReportWriter> writers) {
    this.pathWord = pathWord;
    this.mediaType = mediaType;
    this.writers = writers;
  }

  /** The format a path word names ({@code json}, {@code csv}, {@code xlsx}, {@code html}). */
  public static Optional<ReportFormat> fromPath(String pathWord) {
    return Arrays.stream(values()).filter(format -> format.pathWord.equals(pathWord)).findFirst();
  }

  /** The word that names this format in a URL path, in lower case. */
  public String pathWord() {
    return pathWord;
  }

  /** The value of the Content-Type header the report is served with. */
  public String mediaType() {
    return mediaType;
  }

  /** The file name extension, without the dot. */
  public String fileExtension() {
    return pathWord;
  }

  /** A new writer of this format. */
  public ReportWriter writer() {
    return writers.get();
  }
}
