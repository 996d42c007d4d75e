package com.trialsage.reports;

import com.trialsage.reports.ReportSource.InputFile;
import com.trialsage.reports.ReportSource.RunInfo;
import com.trialsage.reports.XlsxSheet.Column;
import java.util.List;

/** The Excel report's first sheet: the run's record, one field a row, then its input files. */
final class RunSheet {
  static final List<Column> COLUMNS =
      List.of(
          new Column("Field", 24),
          new Column("Value", 40),
          // Headed only where the inputs start, below the run's fields.
          new Column("", 14),
          new Column("", 68));

  private RunSheet() {}

  static void write(XlsxSheet sheet, RunInfo run) {
    field(sheet, "Run ID", run.id().toString());
    field(sheet, "Tenant", run.tenant());
    field(sheet, "State", run.state());
    field(sheet, "Failure reason", run.failureReason());
    field(sheet, "Standard", run.standard());
    field(sheet, "Standard version", run.standardVersion());
    field(sheet, "Controlled terminology", run.controlledTerminology());
    field(sheet, "Engine version", run.engineVersion());
    field(sheet, "Rule catalog SHA-256", run.catalogSha256());
    field(sheet, "Define-XML", run.defineFile());
    field(sheet, "Created", ReportTime.iso(run.createdAt()));
    field(sheet, "Started", ReportTime.iso(run.startedAt()));
    field(sheet, "Finished", ReportTime.iso(run.finishedAt()));
    sheet.row().text(0, "Findings raised").number(1, run.findingsTotal());
    sheet.row().text(0, "Findings reported").number(1, run.findingsStored());

    sheet.row();
    sheet.header(List.of("Input file", "Format", "Size (bytes)", "SHA-256"));
    for (InputFile input : run.inputs()) {
      sheet
          .row()
          .text(0, input.fileName())
          .text(1, input.format())
          .number(2, input.sizeBytes())
          .text(3, input.sha256());
    }
  }

  private static void field(XlsxSheet sheet, String name, String value) {
    sheet.row().text(0, name).text(1, value);
  }
}
