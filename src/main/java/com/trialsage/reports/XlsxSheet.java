package com.trialsage.reports;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet of the Excel report being written row by row: a bold, frozen header row, columns of set
 * widths, and an autofilter over the rows when it is finished.
 */
final class XlsxSheet {
  private final SXSSFSheet sheet;
  private final CellStyle headerStyle;
  private final int columnCount;
  private int nextRow;
  private Row row;

  private XlsxSheet(SXSSFSheet sheet, CellStyle headerStyle, int columnCount) {
    this.sheet = sheet;
    this.headerStyle = headerStyle;
    this.columnCount = columnCount;
  }

  /** A new sheet with its header row written. */
  static XlsxSheet create(
      SXSSFWorkbook workbook, CellStyle headerStyle, String name, List<Column> columns) {
    XlsxSheet created = new XlsxSheet(workbook.createSheet(name), headerStyle, columns.size());
    for (int i = 0; i < columns.size(); i++) {
      // Widths are set, not measured: autoSizeColumn would need every row in memory.
      created.sheet.setColumnWidth(i, columns.get(i).widthInChars() * 256);
    }
    created.header(columns.stream().map(Column::header).toList());
    created.sheet.createFreezePane(0, 1);
    return created;
  }

  /** A bold font for header rows, one per workbook. */
  static CellStyle headerStyle(SXSSFWorkbook workbook) {
    Font bold = workbook.createFont();
    bold.setBold(true);
    CellStyle style = workbook.createCellStyle();
    style.setFont(bold);
    return style;
  }

  /** Starts the next row; the cells written next go into it. */
  XlsxSheet row() {
    row = sheet.createRow(nextRow++);
    return this;
  }

  /** A header row in bold, at the top or between blocks of the sheet; empty headers are skipped. */
  XlsxSheet header(List<String> headers) {
    row();
    for (int i = 0; i < headers.size(); i++) {
      if (headers.get(i).isEmpty()) {
        continue;
      }
      text(i, headers.get(i));
      row.getCell(i).setCellStyle(headerStyle);
    }
    return this;
  }

  /** A text cell; nothing for null; text over Excel's cell limit is truncated. */
  XlsxSheet text(int column, String value) {
    if (value != null) {
      row.createCell(column).setCellValue(CellText.fitted(value));
    }
    return this;
  }

  /** A numeric cell; nothing for null. */
  XlsxSheet number(int column, Long value) {
    if (value != null) {
      row.createCell(column).setCellValue(value);
    }
    return this;
  }

  /** Rows written, the header included. */
  int rowCount() {
    return nextRow;
  }

  /** Puts the autofilter over the header and every row written. */
  void finish() {
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(nextRow - 1, 0), 0, columnCount - 1));
  }

  /** A column: its header and its width in characters. */
  record Column(String header, int widthInChars) {}
}
