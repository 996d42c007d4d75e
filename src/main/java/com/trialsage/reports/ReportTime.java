package com.trialsage.reports;

import com.trialsage.reports.ReportSource.RunInfo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** The times a report shows, always the run's own, so that a report never depends on the clock. */
final class ReportTime {
  private ReportTime() {}

  /** ISO 8601 with the offset as stored, or null. */
  static String iso(OffsetDateTime time) {
    return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
  }

  /** The instant a report is dated with, where a format needs one: when the run finished. */
  static Instant stamp(RunInfo run) {
    if (run.finishedAt() != null) {
      return run.finishedAt().toInstant();
    }
    return run.createdAt() == null ? Instant.EPOCH : run.createdAt().toInstant();
  }
}
