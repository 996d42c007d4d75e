package com.trialsage.reports;

import com.trialsage.reports.ReportSource.FindingCursor;
import com.trialsage.runs.Finding;
import java.io.IOException;

/** The HTML report's details table: the first findings, and a sentence about the rest. */
final class HtmlDetails {
  private final HtmlPage page;
  private final int cap;

  HtmlDetails(HtmlPage page, int cap) {
    this.page = page;
    this.cap = cap;
  }

  void write(ReportSource source) throws IOException {
    page.markup("<section>\n").element("h2", "Details");
    long stored = source.run().findingsStored();
    int shown = 0;
    boolean more;
    try (FindingCursor findings = source.findings()) {
      page.tableStart(
          "Rule ID", "Severity", "Dataset", "Record", "USUBJID", "Variable", "Value", "Message");
      while (shown < cap && findings.hasNext()) {
        row(findings.next());
        shown++;
      }
      page.tableEnd();
      more = findings.hasNext();
    }
    if (more) {
      page.element("p", "note", leftOutSentence(shown, stored));
    }
    page.markup("</section>\n");
  }

  private void row(Finding finding) throws IOException {
    page.tableRow(
        finding.ruleId(),
        finding.severity(),
        finding.dataset(),
        finding.record(),
        finding.usubjid(),
        finding.variable(),
        finding.value(),
        finding.message());
  }

  // The count of the rest comes from the run record: reading millions of rows to count them would
  // cost more than the page is worth.
  private static String leftOutSentence(int shown, long stored) {
    String where = " in the CSV and Excel reports, which hold every finding.";
    if (stored <= shown) {
      return "Only the first "
          + HtmlPage.count(shown)
          + " findings are shown; the rest are"
          + where;
    }
    return "Only the first "
        + HtmlPage.count(shown)
        + " of "
        + HtmlPage.count(stored)
        + " findings are shown; the other "
        + HtmlPage.count(stored - shown)
        + " are"
        + where;
  }
}
