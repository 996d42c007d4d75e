package com.trialsage.reports;

import com.trialsage.reports.IssueTotals.DatasetRow;
import com.trialsage.reports.ReportSource.InputFile;
import com.trialsage.reports.ReportSource.RuleCount;
import com.trialsage.reports.ReportSource.RunInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The HTML report: one page for a person, self-contained (an inline style sheet, no scripts, no
 * external resources), with the verdict and key facts, the run, the dataset summary, the issue
 * summary by severity and the first {@value #DETAILS_CAP} findings. A sentence says how many more
 * there are and that the CSV and Excel reports hold them all.
 */
final class HtmlReportWriter implements ReportWriter {
  static final int DETAILS_CAP = 5_000;

  private static final String STYLE =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem;\
      color:#1b1b1b;line-height:1.4}
      h1{margin:0 0 .5rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}
      table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
      th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
      th{background:#f0f0f0}td.n{text-align:right;font-variant-numeric:tabular-nums}
      td{overflow-wrap:anywhere;max-width:40rem}
      .verdict{font-size:1.25rem;font-weight:bold;padding:.5rem 1rem;border-radius:4px}
      .failed,.errors{background:#fde2e1;color:#8a1c14}.warnings{background:#fff4ce;color:#6b4e00}
      .clean{background:#dff6dd;color:#0e5c0b}
      dl.facts{display:grid;grid-template-columns:max-content auto;gap:.25rem 1rem}
      dt{font-weight:bold}dd{margin:0}
      .note{font-style:italic}
      """;

  private final int detailsCap;

  HtmlReportWriter() {
    this(DETAILS_CAP);
  }

  /** A writer that shows at most {@code detailsCap} findings. */
  HtmlReportWriter(int detailsCap) {
    if (detailsCap < 0) {
      throw new IllegalArgumentException("detailsCap must be 0 or more, was " + detailsCap);
    }
    this.detailsCap = detailsCap;
  }

  @Override
  public void write(ReportSource source, OutputStream out) throws IOException {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(out, "out");
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    HtmlPage page = new HtmlPage(writer);
    RunInfo run = source.run();
    IssueTotals totals = new IssueTotals(source.datasets(), source.counts());

    writeHead(page, run);
    writeHeader(page, run, totals, source.datasets().size());
    writeRun(page, run);
    writeDatasetSummary(page, totals);
    writeIssueSummary(page, totals, new RuleCatalog(source.rules()));
    new HtmlDetails(page, detailsCap).write(source);
    page.markup("</main>\n</body>\n</html>\n");

    // Not close(): that would close the caller's stream.
    writer.flush();
  }

  private static void writeHead(HtmlPage page, RunInfo run) throws IOException {
    page.markup("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .element("title", "Validation report, run " + run.id())
        .markup("<style>\n" + STYLE + "</style>\n</head>\n<body>\n<main>\n");
  }

  private static void writeHeader(HtmlPage page, RunInfo run, IssueTotals totals, int datasets)
      throws IOException {
    Verdict verdict = Verdict.of(run, totals);
    page.markup("<header>\n").element("h1", "Validation report");
    page.element("p", "verdict " + verdict.cssClass(), verdict.headline());
    page.markup("<dl class=\"facts\">\n");
    fact(page, "Standard", run.standard() + " " + run.standardVersion());
    fact(page, "Controlled terminology", run.controlledTerminology());
    fact(page, "Datasets", HtmlPage.count(datasets));
    fact(page, "Errors", HtmlPage.count(totals.total(Severity.ERROR)));
    fact(page, "Warnings", HtmlPage.count(totals.total(Severity.WARNING)));
    fact(page, "Notices", HtmlPage.count(totals.total(Severity.NOTICE)));
    fact(page, "Finished", ReportTime.iso(run.finishedAt()));
    page.markup("</dl>\n");
    if (run.findingsTotal() > run.findingsStored()) {
      String capped = HtmlPage.count(run.findingsTotal() - run.findingsStored());
      page.element(
          "p",
          "note",
          "The engine raised "
              + HtmlPage.count(run.findingsTotal())
              + " findings; "
              + capped
              + " beyond its per-rule cap were not stored and are in no report.");
    }
    page.markup("</header>\n");
  }

  private static void fact(HtmlPage page, String name, String value) throws IOException {
    page.element("dt", name).element("dd", value);
  }

  private static void writeRun(HtmlPage page, RunInfo run) throws IOException {
    page.markup("<section>\n").element("h2", "Run").tableStart("Field", "Value");
    page.tableRow("Run ID", run.id())
        .tableRow("Tenant", run.tenant())
        .tableRow("State", run.state())
        .tableRow("Failure reason", run.failureReason())
        .tableRow("Standard", run.standard() + " " + run.standardVersion())
        .tableRow("Controlled terminology", run.controlledTerminology())
        .tableRow("Engine version", run.engineVersion())
        .tableRow("Rule catalog SHA-256", run.catalogSha256())
        .tableRow("Define-XML", run.defineFile())
        .tableRow("Created", ReportTime.iso(run.createdAt()))
        .tableRow("Started", ReportTime.iso(run.startedAt()))
        .tableRow("Finished", ReportTime.iso(run.finishedAt()))
        .tableRow("Findings raised", run.findingsTotal())
        .tableRow("Findings reported", run.findingsStored())
        .tableEnd();

    page.element("h3", "Inputs").tableStart("File", "Format", "Size (bytes)", "SHA-256");
    for (InputFile input : run.inputs()) {
      page.tableRow(input.fileName(), input.format(), input.sizeBytes(), input.sha256());
    }
    page.tableEnd().markup("</section>\n");
  }

  private static void writeDatasetSummary(HtmlPage page, IssueTotals totals) throws IOException {
    page.markup("<section>\n").element("h2", "Dataset summary");
    page.tableStart("Dataset", "Source file", "Records", "Errors", "Warnings", "Notices");
    for (DatasetRow row : totals.datasetRows()) {
      page.tableRow(
          row.dataset(),
          row.sourceFile(),
          row.records(),
          row.findings(Severity.ERROR),
          row.findings(Severity.WARNING),
          row.findings(Severity.NOTICE));
    }
    page.tableEnd().markup("</section>\n");
  }

  private static void writeIssueSummary(HtmlPage page, IssueTotals totals, RuleCatalog catalog)
      throws IOException {
    page.markup("<section>\n").element("h2", "Issue summary");
    for (Severity severity : Severity.values()) {
      List<RuleCount> counts =
          totals.counts().stream()
              .filter(count -> count.severity().equals(severity.label()))
              .toList();
      page.element("h3", severity.plural() + " (" + HtmlPage.count(totals.total(severity)) + ")");
      if (counts.isEmpty()) {
        page.element("p", "None.");
        continue;
      }
      page.tableStart("Dataset", "Rule ID", "P21 ID", "Message", "Count");
      for (RuleCount count : counts) {
        String dataset = count.dataset() == null ? IssueTotals.STUDY_LEVEL : count.dataset();
        page.tableRow(
            dataset,
            count.ruleId(),
            catalog.p21Id(count.ruleId()),
            catalog.message(count.ruleId()),
            count.count());
      }
      page.tableEnd();
    }
    page.markup("</section>\n");
  }
}
