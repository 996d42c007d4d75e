package com.trialsage.reports;

import com.trialsage.reports.ReportSource.RunInfo;

/** What the run's report says first: did it fail, and if not, what must a reviewer act on. */
record Verdict(String cssClass, String headline) {

  static Verdict of(RunInfo run, IssueTotals totals) {
    if ("FAILED".equals(run.state())) {
      String reason = run.failureReason() == null ? "no reason recorded" : run.failureReason();
      return new Verdict("failed", "The run failed (" + reason + "); findings may be incomplete");
    }
    long errors = totals.total(Severity.ERROR);
    if (errors > 0) {
      return new Verdict("errors", HtmlPage.count(errors) + (errors == 1 ? " error" : " errors"));
    }
    if (totals.total(Severity.WARNING) > 0) {
      return new Verdict("warnings", "No errors; warnings to review");
    }
    return new Verdict("clean", "No errors or warnings");
  }
}
