package com.trialsage.reports;

import com.trialsage.runs.Finding;
import java.util.List;

/** The columns of a finding's row in the CSV report and on the Excel report's Details sheets. */
final class DetailColumns {
  static final List<String> HEADERS =
      List.of(
          "Rule ID",
          "P21 ID",
          "CORE ID",
          "Severity",
          "Dataset",
          "Record",
          "USUBJID",
          "Variable",
          "Value",
          "Message");

  /** Where the 1-based record number is, the one column that is a number. */
  static final int RECORD = HEADERS.indexOf("Record");

  private DetailColumns() {}

  /** The row's cells as text, in the order of {@link #HEADERS}; absent values are null. */
  static String[] texts(Finding finding, RuleCatalog catalog) {
    return new String[] {
      finding.ruleId(),
      catalog.p21Id(finding.ruleId()),
      catalog.coreId(finding.ruleId()),
      finding.severity(),
      finding.dataset(),
      finding.record() == null ? null : finding.record().toString(),
      finding.usubjid(),
      finding.variable(),
      finding.value(),
      finding.message()
    };
  }
}
