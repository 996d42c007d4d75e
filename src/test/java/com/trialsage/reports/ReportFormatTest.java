package com.trialsage.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

  @Test
  void findsEachFormatByItsPathWord() {
    assertThat(ReportFormat.fromPath("json")).contains(ReportFormat.JSON);
    assertThat(ReportFormat.fromPath("csv")).contains(ReportFormat.CSV);
    assertThat(ReportFormat.fromPath("xlsx")).contains(ReportFormat.XLSX);
    assertThat(ReportFormat.fromPath("html")).contains(ReportFormat.HTML);
  }

  @Test
  void findsNoFormatForAnUnknownOrMissingWord() {
    assertThat(ReportFormat.fromPath("pdf")).isEmpty();
    assertThat(ReportFormat.fromPath("JSON")).isEmpty();
    assertThat(ReportFormat.fromPath(null)).isEmpty();
  }

  @Test
  void servesCsvAsUtf8WithAHeaderRow() {
    String mediaType = ReportFormat.CSV.mediaType();

    assertThat(mediaType).startsWith("text/csv").contains("charset=utf-8", "header=present");
  }

  @Test
  void namesFilesWithThePathWord() {
    assertThat(ReportFormat.XLSX.fileExtension()).isEqualTo("xlsx");
    assertThat(ReportFormat.XLSX.mediaType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  @Test
  void givesAWriterOfItsOwnFormat() {
    assertThat(ReportFormat.JSON.writer()).isInstanceOf(JsonReportWriter.class);
    assertThat(ReportFormat.CSV.writer()).isInstanceOf(CsvReportWriter.class);
    assertThat(ReportFormat.XLSX.writer()).isInstanceOf(XlsxReportWriter.class);
    assertThat(ReportFormat.HTML.writer()).isInstanceOf(HtmlReportWriter.class);
  }
}
