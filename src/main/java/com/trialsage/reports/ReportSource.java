package com.trialsage.reports;

import com.trialsage.runs.Finding;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

/**
 * Everything a report of one validation run shows, read once per report. Findings are streamed in a
 * stable order (dataset, record, rule) and may number in the millions.
 */
public interface ReportSource {

  /** The run's record: what was validated, against what, by which engine, when. */
  RunInfo run();

  /** The datasets the engine read, in the engine's order. */
  List<DatasetInfo> datasets();

  /** The rule catalog of the engine that ran (every rule, also those that found nothing). */
  List<RuleInfo> rules();

  /** Findings per rule and dataset, over all stored findings. */
  List<RuleCount> counts();

  /** The stored findings; the caller closes the iterator. */
  FindingCursor findings() throws IOException;

  /** An iterator over findings that holds a resource (a database cursor). */
  interface FindingCursor extends Iterator<Finding>, AutoCloseable {
    @Override
    void close() throws IOException;
  }

  /**
   * @param state SUCCEEDED or FAILED (reports exist only for finished runs)
   * @param failureReason null unless FAILED
   * @param findingsTotal findings the engine raised, also those beyond the per-rule cap
   * @param findingsStored findings stored (and reported)
   */
  record RunInfo(
      UUID id,
      String tenant,
      String state,
      String failureReason,
      String standard,
      String standardVersion,
      String controlledTerminology,
      String engineVersion,
      String catalogSha256,
      String defineFile,
      OffsetDateTime createdAt,
      OffsetDateTime startedAt,
      OffsetDateTime finishedAt,
      long findingsTotal,
      long findingsStored,
      List<InputFile> inputs) {}

  /** One input file as it was verified before the run. */
  record InputFile(String fileName, String format, long sizeBytes, String sha256) {}

  /** A dataset the engine read, with its record count and the file it came from. */
  record DatasetInfo(String name, long records, String sourceFile) {}

  /** One rule of the engine's catalog, with the identifiers reviewers know it by. */
  record RuleInfo(
      String id,
      String p21Id,
      String fdaId,
      String cdiscId,
      String coreId,
      String severity,
      String message,
      String description) {}

  /** How many findings one rule raised in one dataset (dataset null: about the study). */
  record RuleCount(String ruleId, String severity, String dataset, long count) {}
}
