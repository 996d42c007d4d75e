package com.trialsage.engine.rules;

import com.trialsage.engine.model.DatasetMetadata;
import com.trialsage.engine.model.Record;
import com.trialsage.engine.model.Variable;
import com.trialsage.engine.standard.DomainSpec;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule sees of one dataset: its metadata, its SDTMIG domain, the run's reference data and
 * the study facts gathered so far, and where to report findings.
 */
public final class DatasetScope {
  private final StudyScope study;
  private final DatasetMetadata metadata;
  private final String name;
  private final String prefix;
  private final Optional<DomainSpec> domain;
  private final RuleReporter reporter;
  private final int usubjidColumn;

  public DatasetScope(StudyScope study, DatasetMetadata metadata, RuleReporter reporter) {
    this.study = Objects.requireNonNull(study, "study");
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    this.reporter = Objects.requireNonNull(reporter, "reporter");
    this.name = metadata.upperName();
    this.prefix = prefixOf(name);
    this.domain = study.standard().domainForDataset(name);
    this.usubjidColumn = metadata.indexOf("USUBJID");
  }

  /**
   * The variable prefix of the dataset's domain (SDTMIG 4.2.2): the first two letters, or for an
   * associated-persons dataset {@code APxx} the letters after AP.
   */
  static String prefixOf(String datasetName) {
    if (datasetName.startsWith("AP") && datasetName.length() >= 4) {
      return datasetName.substring(2, 4);
    }
    return datasetName.length() >= 2 ? datasetName.substring(0, 2) : datasetName;
  }

  public StudyScope study() {
    return study;
  }

  public StudyFacts facts() {
    return study.facts();
  }

  public DatasetMetadata metadata() {
    return metadata;
  }

  /** The dataset name, upper case. */
  public String name() {
    return name;
  }

  /** The two-letter prefix that replaces {@code --} in variable names. */
  public String prefix() {
    return prefix;
  }

  /** The SDTMIG domain of the dataset, empty when the engine has no metadata for it. */
  public Optional<DomainSpec> domain() {
    return domain;
  }

  /** Whether the dataset is a SUPP-- dataset. */
  public boolean isSupplemental() {
    return name.startsWith("SUPP") || name.startsWith("SQAP");
  }

  /** The column index of the variable, -1 when absent. */
  public int column(String variableName) {
    return metadata.indexOf(variableName);
  }

  /**
   * The column index of the domain's {@code --suffix} variable, e.g. {@code TESTCD}; -1 if none.
   */
  public int prefixedColumn(String suffix) {
    return metadata.indexOf(prefix + suffix);
  }

  /** The variable name at a column. */
  public String variableName(int column) {
    return metadata.variables().get(column).name();
  }

  public Variable variable(int column) {
    return metadata.variables().get(column);
  }

  /** The subject of the record, empty when the dataset has no USUBJID. */
  public String usubjid(Record record) {
    return usubjidColumn < 0 ? "" : record.text(usubjidColumn);
  }

  /** Reports a record-level finding with the catalog message. */
  public void report(Record record, String variable, String value) {
    reporter.report(name, record.number(), usubjid(record), variable, value);
  }

  /** Reports a record-level finding with a specific message. */
  public void report(Record record, String variable, String value, String message) {
    reporter.report(name, record.number(), usubjid(record), variable, value, message);
  }

  /** Reports a record-level finding for a record already passed, by number and subject. */
  public void report(long recordNumber, String usubjid, String variable, String value) {
    reporter.report(name, recordNumber, usubjid, variable, value);
  }

  /** Reports a finding about the dataset as a whole. */
  public void reportDataset(String variable, String value, String message) {
    reporter.report(name, Finding.DATASET_LEVEL, "", variable, value, message);
  }

  /** Reports a finding about the dataset as a whole, with the catalog message. */
  public void reportDataset(String variable, String value) {
    reporter.report(name, Finding.DATASET_LEVEL, "", variable, value);
  }
}
