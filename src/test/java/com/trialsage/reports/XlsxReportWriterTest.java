package com.trialsage.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trialsage.runs.Finding;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxReportWriterTest {

  @Test
  void hasTheSheetsReviewersKnowInTheirOrder() throws Exception {
    try (XSSFWorkbook workbook = write(new XlsxReportWriter(), List.of())) {

      assertThat(sheetNames(workbook))
          .containsExactly("Run", "Dataset Summary", "Issue Summary", "Details", "Rules");
    }
  }

  @Test
  void headsEachSheetWithABoldFrozenFilteredRow() throws Exception {
    try (XSSFWorkbook workbook =
        write(new XlsxReportWriter(), List.of(Findings.dateError(4, "x")))) {
      XSSFSheet details = workbook.getSheet("Details");

      assertThat(texts(details.getRow(0))).isEqualTo(DetailColumns.HEADERS);
      assertThat(details.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
      assertThat(details.getPaneInformation().isFreezePane()).isTrue();
      assertThat(details.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J2");
      assertThat(details.getColumnWidth(9)).isEqualTo(70 * 256);
    }
  }

  @Test
  void writesAFindingsRowWithItsRecordAsANumber() throws Exception {
    try (XSSFWorkbook workbook =
        write(new XlsxReportWriter(), List.of(Findings.dateError(4, "2014-13-01")))) {
      Row row = workbook.getSheet("Details").getRow(1);

      assertThat(row.getCell(DetailColumns.RECORD).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(row.getCell(DetailColumns.RECORD).getNumericCellValue()).isEqualTo(4);
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo("SD0003");
      assertThat(row.getCell(8).getStringCellValue()).isEqualTo("2014-13-01");
    }
  }

  @Test
  void continuesTheDetailsOnNumberedSheetsWhenOneIsFull() throws Exception {
    List<Finding> findings =
        LongStream.rangeClosed(1, 25).mapToObj(i -> Findings.dateError(i, "v" + i)).toList();

    try (XSSFWorkbook workbook = write(new XlsxReportWriter(10), findings)) {

      assertThat(sheetNames(workbook))
          .containsSubsequence("Details", "Details (2)", "Details (3)", "Rules");
      assertThat(workbook.getSheet("Details").getLastRowNum()).isEqualTo(10);
      assertThat(workbook.getSheet("Details (3)").getLastRowNum()).isEqualTo(5);
      assertThat(texts(workbook.getSheet("Details (2)").getRow(0)))
          .isEqualTo(DetailColumns.HEADERS);
      assertThat(workbook.getSheet("Details (2)").getRow(1).getCell(8).getStringCellValue())
          .isEqualTo("v11");
    }
  }

  @Test
  void truncatesTextOverExcelsCellLimitWithAMarker() throws Exception {
    String longValue = "x".repeat(40_000);

    try (XSSFWorkbook workbook =
        write(new XlsxReportWriter(), List.of(Findings.unitWarning(1, longValue)))) {
      String cell = workbook.getSheet("Details").getRow(1).getCell(8).getStringCellValue();

      assertThat(cell).hasSize(32_767).startsWith("xxx").endsWith("… [truncated]");
    }
  }

  @Test
  void replacesCharactersXmlCannotHoldSoTheFileStillOpens() throws Exception {
    Finding finding = Findings.unitWarning(1, "a\u0000b\u0001c\uFFFEd");

    try (XSSFWorkbook workbook = write(new XlsxReportWriter(), List.of(finding))) {
      String cell = workbook.getSheet("Details").getRow(1).getCell(8).getStringCellValue();

      assertThat(cell).isEqualTo("a?b?c?d");
    }
  }

  @Test
  void countsFindingsPerDatasetIncludingMissingDatasetsAndTheStudy() throws Exception {
    List<Finding> findings =
        List.of(
            Findings.dateError(1, "a"),
            Findings.dateError(2, "b"),
            Findings.unitWarning(1, "c"),
            Findings.missingDataset(),
            Findings.aboutTheStudy());

    try (XSSFWorkbook workbook = write(new XlsxReportWriter(), findings)) {
      XSSFSheet summary = workbook.getSheet("Dataset Summary");

      assertThat(texts(summary.getRow(0)))
          .containsExactly("Dataset", "Source file", "Records", "Errors", "Warnings", "Notices");
      assertThat(texts(summary.getRow(2))).containsExactly("AE", "ae.xpt", "1191", "2", "0", "0");
      assertThat(texts(summary.getRow(4))).containsExactly("EX", "", "", "1", "0", "0");
      assertThat(texts(summary.getRow(5))).containsExactly("(study)", "", "", "0", "0", "1");
    }
  }

  @Test
  void summarisesIssuesWithTheRulesMessage() throws Exception {
    try (XSSFWorkbook workbook =
        write(
            new XlsxReportWriter(),
            List.of(Findings.dateError(1, "a"), Findings.dateError(2, "b")))) {

      assertThat(texts(workbook.getSheet("Issue Summary").getRow(1)))
          .containsExactly("AE", "TS0003", "SD0003", "Invalid ISO 8601 value", "Error", "2");
    }
  }

  @Test
  void recordsTheRunWithTimesAsIsoTextAndInputsWithTheirDigests() throws Exception {
    try (XSSFWorkbook workbook = write(new XlsxReportWriter(), List.of())) {
      XSSFSheet run = workbook.getSheet("Run");

      assertThat(texts(run.getRow(13))).containsExactly("Finished", "2026-12-03T20:14:05Z");
      assertThat(texts(run.getRow(17)))
          .containsExactly("Input file", "Format", "Size (bytes)", "SHA-256");
      assertThat(texts(run.getRow(18))).containsExactly("dm.xpt", "xport", "84000", "1".repeat(64));
    }
  }

  @Test
  void listsEveryRuleOfTheCatalog() throws Exception {
    try (XSSFWorkbook workbook = write(new XlsxReportWriter(), List.of())) {
      XSSFSheet rules = workbook.getSheet("Rules");

      assertThat(rules.getLastRowNum()).isEqualTo(4);
      assertThat(texts(rules.getRow(3)))
          .startsWith("TS0031", "CT2002", "FDATS0031", "CGTS0031", "CORE-000303", "Warning");
    }
  }

  @Test
  void datesTheDocumentAndEveryZipEntryWithTheRunsFinish() throws Exception {
    WatchedOutput out = WatchedOutput.keeping();

    new XlsxReportWriter().write(InMemoryReportSource.of(List.of()), out);

    List<Long> entryTimes = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.bytes()))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        entryTimes.add(entry.getTime());
      }
    }
    long finished = InMemoryReportSource.FINISHED_AT.toInstant().toEpochMilli();
    // Zip entries hold DOS times, to the even second.
    assertThat(entryTimes)
        .isNotEmpty()
        .allMatch(time -> time > finished - 2000 && time <= finished);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.bytes()))) {
      assertThat(workbook.getProperties().getCoreProperties().getCreated().toInstant())
          .isEqualTo(InMemoryReportSource.FINISHED_AT.toInstant());
    }
  }

  @Test
  void refusesASheetLimitBeyondExcels() {
    assertThatThrownBy(() -> new XlsxReportWriter(1_048_576))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("findingsPerSheet must be 1 to 1048575");
  }

  private static XSSFWorkbook write(XlsxReportWriter writer, List<Finding> findings)
      throws Exception {
    WatchedOutput out = WatchedOutput.keeping();
    writer.write(InMemoryReportSource.of(findings), out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.bytes()));
  }

  private static List<String> sheetNames(XSSFWorkbook workbook) {
    return IntStream.range(0, workbook.getNumberOfSheets())
        .mapToObj(workbook::getSheetName)
        .toList();
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < row.getLastCellNum(); i++) {
      var cell = row.getCell(i);
      if (cell == null) {
        texts.add("");
      } else if (cell.getCellType() == CellType.NUMERIC) {
        texts.add(String.valueOf((long) cell.getNumericCellValue()));
      } else {
        texts.add(cell.getStringCellValue());
      }
    }
    return texts;
  }
}
