package com.trialsage.reports;

import com.trialsage.reports.XlsxSheet.Column;
import com.trialsage.runs.Finding;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The Details sheets of the Excel report: one row per finding, on "Details", continued on "Details
 * (2)", "Details (3)" and so on when a sheet is full.
 */
final class DetailsSheets {
  private static final List<Column> COLUMNS =
      List.of(
          new Column("Rule ID", 10),
          new Column("P21 ID", 10),
          new Column("CORE ID", 14),
          new Column("Severity", 10),
          new Column("Dataset", 9),
          new Column("Record", 9),
          new Column("USUBJID", 22),
          new Column("Variable", 11),
          new Column("Value", 30),
          new Column("Message", 70));

  private final SXSSFWorkbook workbook;
  private final CellStyle headerStyle;
  private final RuleCatalog catalog;
  private final int findingsPerSheet;
  private XlsxSheet current;
  private int sheetCount;

  DetailsSheets(
      SXSSFWorkbook workbook, CellStyle headerStyle, RuleCatalog catalog, int findingsPerSheet) {
    this.workbook = workbook;
    this.headerStyle = headerStyle;
    this.catalog = catalog;
    this.findingsPerSheet = findingsPerSheet;
  }

  void add(Finding finding) {
    if (current == null || current.rowCount() - 1 == findingsPerSheet) {
      nextSheet();
    }
    current.row();
    String[] texts = DetailColumns.texts(finding, catalog);
    for (int i = 0; i < texts.length; i++) {
      if (i == DetailColumns.RECORD) {
        current.number(i, finding.record());
      } else {
        current.text(i, texts[i]);
      }
    }
  }

  /** Finishes the last sheet; writes an empty "Details" sheet if there were no findings. */
  void finish() {
    if (current == null) {
      nextSheet();
    }
    current.finish();
  }

  private void nextSheet() {
    if (current != null) {
      current.finish();
    }
    sheetCount++;
    String name = sheetCount == 1 ? "Details" : "Details (" + sheetCount + ")";
    current = XlsxSheet.create(workbook, headerStyle, name, COLUMNS);
  }
}
