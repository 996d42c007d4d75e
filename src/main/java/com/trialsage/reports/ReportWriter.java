package com.trialsage.reports;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders the report of one finished run in one {@link ReportFormat}.
 *
 * <p>A writer streams: it holds a bounded amount of memory however many findings the run has, and
 * reads the findings once, in the source's order. Its output depends on the source alone (times
 * shown are the run's, never the clock's), so writing the same source twice gives the same bytes:
 * the service stores each report once, with its SHA-256.
 */
public interface ReportWriter {

  /**
   * Writes the report to {@code out}, flushes it and leaves it open; closes the findings cursor it
   * opened.
   *
   * @throws IOException when the source cannot be read or {@code out} cannot be written
   */
  void write(ReportSource source, OutputStream out) throws IOException;
}
