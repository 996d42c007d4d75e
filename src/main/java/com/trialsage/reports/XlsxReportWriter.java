package com.trialsage.reports;

import com.trialsage.reports.IssueTotals.DatasetRow;
import com.trialsage.reports.ReportSource.FindingCursor;
import com.trialsage.reports.ReportSource.RuleCount;
import com.trialsage.reports.ReportSource.RuleInfo;
import com.trialsage.reports.XlsxSheet.Column;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The Excel report, with the sheets reviewers know from Pinnacle 21: "Run" (the run record and its
 * inputs), "Dataset Summary", "Issue Summary", "Details" (one row per finding, continued on
 * "Details (2)" and on past Excel's 1,048,576 rows per sheet) and "Rules" (the whole catalog).
 * Record numbers and counts are numeric cells; times are ISO 8601 text; text over Excel's 32,767
 * characters per cell is truncated with a marker ({@link CellText}).
 */
final class XlsxReportWriter implements ReportWriter {
  /** Excel's rows per sheet, less the header row. */
  static final int EXCEL_FINDINGS_PER_SHEET = 1_048_576 - 1;

  // Rows kept in memory per sheet; the rest are in compressed temp files until write().
  private static final int ROW_WINDOW = 100;

  private static final List<Column> DATASET_COLUMNS =
      List.of(
          new Column("Dataset", 10),
          new Column("Source file", 24),
          new Column("Records", 12),
          new Column("Errors", 10),
          new Column("Warnings", 10),
          new Column("Notices", 10));
  private static final List<Column> ISSUE_COLUMNS =
      List.of(
          new Column("Dataset", 10),
          new Column("Rule ID", 10),
          new Column("P21 ID", 10),
          new Column("Message", 70),
          new Column("Severity", 10),
          new Column("Count", 10));
  private static final List<Column> RULE_COLUMNS =
      List.of(
          new Column("Rule ID", 10),
          new Column("P21 ID", 10),
          new Column("FDA ID", 10),
          new Column("CDISC ID", 12),
          new Column("CORE ID", 14),
          new Column("Severity", 10),
          new Column("Message", 60),
          new Column("Description", 80));

  private final int findingsPerSheet;

  XlsxReportWriter() {
    this(EXCEL_FINDINGS_PER_SHEET);
  }

  /** A writer that starts a new Details sheet after {@code findingsPerSheet} rows. */
  XlsxReportWriter(int findingsPerSheet) {
    if (findingsPerSheet < 1 || findingsPerSheet > EXCEL_FINDINGS_PER_SHEET) {
      throw new IllegalArgumentException(
          "findingsPerSheet must be 1 to "
              + EXCEL_FINDINGS_PER_SHEET
              + ", was "
              + findingsPerSheet);
    }
    this.findingsPerSheet = findingsPerSheet;
  }

  @Override
  public void write(ReportSource source, OutputStream out) throws IOException {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(out, "out");
    SXSSFWorkbook workbook = new ReproducibleWorkbook(ROW_WINDOW, ReportTime.stamp(source.run()));
    try {
      CellStyle headerStyle = XlsxSheet.headerStyle(workbook);
      IssueTotals totals = new IssueTotals(source.datasets(), source.counts());
      RuleCatalog catalog = new RuleCatalog(source.rules());

      RunSheet.write(
          XlsxSheet.create(workbook, headerStyle, "Run", RunSheet.COLUMNS), source.run());
      writeDatasetSummary(
          XlsxSheet.create(workbook, headerStyle, "Dataset Summary", DATASET_COLUMNS), totals);
      writeIssueSummary(
          XlsxSheet.create(workbook, headerStyle, "Issue Summary", ISSUE_COLUMNS), totals, catalog);
      writeDetails(new DetailsSheets(workbook, headerStyle, catalog, findingsPerSheet), source);
      writeRules(XlsxSheet.create(workbook, headerStyle, "Rules", RULE_COLUMNS), source.rules());

      workbook.write(out);
      out.flush();
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }

  private static void writeDatasetSummary(XlsxSheet sheet, IssueTotals totals) {
    for (DatasetRow dataset : totals.datasetRows()) {
      sheet
          .row()
          .text(0, dataset.dataset())
          .text(1, dataset.sourceFile())
          .number(2, dataset.records())
          .number(3, dataset.findings(Severity.ERROR))
          .number(4, dataset.findings(Severity.WARNING))
          .number(5, dataset.findings(Severity.NOTICE));
    }
    sheet.finish();
  }

  private static void writeIssueSummary(XlsxSheet sheet, IssueTotals totals, RuleCatalog catalog) {
    for (RuleCount count : totals.counts()) {
      sheet
          .row()
          .text(0, count.dataset() == null ? IssueTotals.STUDY_LEVEL : count.dataset())
          .text(1, count.ruleId())
          .text(2, catalog.p21Id(count.ruleId()))
          .text(3, catalog.message(count.ruleId()))
          .text(4, count.severity())
          .number(5, count.count());
    }
    sheet.finish();
  }

  private static void writeDetails(DetailsSheets details, ReportSource source) throws IOException {
    try (FindingCursor findings = source.findings()) {
      while (findings.hasNext()) {
        details.add(findings.next());
      }
    }
    details.finish();
  }

  private static void writeRules(XlsxSheet sheet, List<RuleInfo> rules) {
    for (RuleInfo rule : rules) {
      sheet
          .row()
          .text(0, rule.id())
          .text(1, rule.p21Id())
          .text(2, rule.fdaId())
          .text(3, rule.cdiscId())
          .text(4, rule.coreId())
          .text(5, rule.severity())
          .text(6, rule.message())
          .text(7, rule.description());
    }
    sheet.finish();
  }
}
