package com.trialsage.reports;

import com.trialsage.reports.ReportSource.DatasetInfo;
import com.trialsage.reports.ReportSource.RuleCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The source's counts per rule and dataset, summed up the ways the summaries show them. */
final class IssueTotals {
  /** The dataset column's text for findings about the study rather than one dataset. */
  static final String STUDY_LEVEL = "(study)";

  private static final Comparator<RuleCount> SUMMARY_ORDER =
      Comparator.comparingInt((RuleCount count) -> Severity.rank(count.severity()))
          .thenComparing(RuleCount::dataset, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(RuleCount::ruleId);

  private final List<RuleCount> counts;
  private final Map<String, DatasetRow> datasetRows = new LinkedHashMap<>();
  private final Map<Severity, Long> totals = new EnumMap<>(Severity.class);

  IssueTotals(List<DatasetInfo> datasets, List<RuleCount> counts) {
    this.counts = counts.stream().sorted(SUMMARY_ORDER).toList();
    datasets.forEach(
        dataset ->
            datasetRows.put(
                dataset.name(),
                new DatasetRow(dataset.name(), dataset.sourceFile(), dataset.records())));
    counts.forEach(this::add);
  }

  /** The counts, most serious first, then by dataset (study level first) and rule. */
  List<RuleCount> counts() {
    return counts;
  }

  /**
   * One row per dataset read, in the engine's order; then datasets findings name that were not read
   * (a required dataset that is missing); then the study level, if it has findings.
   */
  List<DatasetRow> datasetRows() {
    return new ArrayList<>(datasetRows.values());
  }

  long total(Severity severity) {
    return totals.getOrDefault(severity, 0L);
  }

  private void add(RuleCount count) {
    String name = count.dataset() == null ? STUDY_LEVEL : count.dataset();
    DatasetRow row =
        datasetRows.computeIfAbsent(name, absent -> new DatasetRow(absent, null, null));
    Severity.of(count.severity())
        .ifPresent(
            severity -> {
              row.add(severity, count.count());
              totals.merge(severity, count.count(), Long::sum);
            });
  }

  /** A dataset's line of the dataset summary; records and source file are null if not read. */
  static final class DatasetRow {
    private final String dataset;
    private final String sourceFile;
    private final Long records;
    private final Map<Severity, Long> findings = new EnumMap<>(Severity.class);

    private DatasetRow(String dataset, String sourceFile, Long records) {
      this.dataset = dataset;
      this.sourceFile = sourceFile;
      this.records = records;
    }

    String dataset() {
      return dataset;
    }

    String sourceFile() {
      return sourceFile;
    }

    Long records() {
      return records;
    }

    long findings(Severity severity) {
      return findings.getOrDefault(severity, 0L);
    }

    private void add(Severity severity, long count) {
      findings.merge(severity, count, Long::sum);
    }
  }
}
