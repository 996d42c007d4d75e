package com.trialsage.reports;

import com.trialsage.runs.Finding;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.LongStream;

/**
 * A report source in memory: a fixed SDTMIG run over DM, AE and LB with a four-rule catalog, and
 * findings from a list or generated one by one as the cursor is read. Counts how often its cursor
 * was opened and closed and how many findings were read.
 */
public final class InMemoryReportSource implements ReportSource {
  public static final OffsetDateTime FINISHED_AT = OffsetDateTime.parse("2026-12-03T20:14:05Z");

  private final RunInfo run;
  private final List<RuleCount> counts;
  private final Supplier<Iterator<Finding>> findings;
  private int cursorsOpened;
  private int cursorsClosed;
  private long findingsRead;

  private InMemoryReportSource(
      RunInfo run, List<RuleCount> counts, Supplier<Iterator<Finding>> findings) {
    this.run = run;
    this.counts = counts;
    this.findings = findings;
  }

  /** A succeeded run with these findings and the counts they make. */
  public static InMemoryReportSource of(List<Finding> findings) {
    return of("SUCCEEDED", null, findings);
  }

  /** A run in the given state with these findings and the counts they make. */
  public static InMemoryReportSource of(
      String state, String failureReason, List<Finding> findings) {
    List<Finding> copy = List.copyOf(findings);
    return new InMemoryReportSource(
        run(state, failureReason, copy.size()), countsOf(copy), copy::iterator);
  }

  /**
   * A succeeded run with {@code total} LB findings made as the cursor is read, none retained: every
   * tenth is a TS0003 error, the rest TS0031 warnings.
   */
  public static InMemoryReportSource generated(long total) {
    List<RuleCount> counts =
        List.of(
            new RuleCount("TS0003", "Error", "LB", total / 10),
            new RuleCount("TS0031", "Warning", "LB", total - total / 10));
    return new InMemoryReportSource(
        run("SUCCEEDED", null, total),
        counts,
        () ->
            LongStream.rangeClosed(1, total)
                .mapToObj(InMemoryReportSource::generatedFinding)
                .iterator());
  }

  public int cursorsOpened() {
    return cursorsOpened;
  }

  public int cursorsClosed() {
    return cursorsClosed;
  }

  public long findingsRead() {
    return findingsRead;
  }

  @Override
  public RunInfo run() {
    return run;
  }

  @Override
  public List<DatasetInfo> datasets() {
    return List.of(
        new DatasetInfo("DM", 306, "dm.xpt"),
        new DatasetInfo("AE", 1191, "ae.xpt"),
        new DatasetInfo("LB", 59580, "lb.xpt"));
  }

  @Override
  public List<RuleInfo> rules() {
    return List.of(
        rule("TS0003", "SD0003", "CORE-000012", "Error", "Invalid ISO 8601 value"),
        rule("TS0020", "SD1020", null, "Notice", "Dataset is empty"),
        rule("TS0031", "CT2002", "CORE-000303", "Warning", "Value not in extensible codelist"),
        rule("TS0040", "SD0040", "CORE-000401", "Error", "Missing required dataset"));
  }

  @Override
  public List<RuleCount> counts() {
    return counts;
  }

  @Override
  public FindingCursor findings() {
    cursorsOpened++;
    Iterator<Finding> iterator = findings.get();
    return new FindingCursor() {
      @Override
      public boolean hasNext() {
        return iterator.hasNext();
      }

      @Override
      public Finding next() {
        findingsRead++;
        return iterator.next();
      }

      @Override
      public void close() {
        cursorsClosed++;
      }
    };
  }

  private static RunInfo run(String state, String failureReason, long findings) {
    return new RunInfo(
        UUID.fromString("5f0c6a8e-3b1d-4c2a-9e7f-0a1b2c3d4e5f"),
        "acme",
        state,
        failureReason,
        "SDTMIG",
        "3.4",
        "2025-03-25",
        "0.1.0",
        "a".repeat(64),
        "define.xml",
        OffsetDateTime.parse("2026-12-03T20:13:45Z"),
        OffsetDateTime.parse("2026-12-03T20:13:47.250Z"),
        FINISHED_AT,
        findings,
        findings,
        List.of(
            new InputFile("dm.xpt", "xport", 84_000, "1".repeat(64)),
            new InputFile("ae.xpt", "xport", 512_000, "2".repeat(64)),
            new InputFile("lb.xpt", "xport", 16_384_000, "3".repeat(64))));
  }

  private static RuleInfo rule(
      String id, String p21Id, String coreId, String severity, String message) {
    return new RuleInfo(
        id, p21Id, "FDA" + id, "CG" + id, coreId, severity, message, message + ", in detail.");
  }

  private static List<RuleCount> countsOf(List<Finding> findings) {
    Map<List<String>, Long> counted = new LinkedHashMap<>();
    for (Finding finding : findings) {
      List<String> key = new ArrayList<>();
      key.add(finding.ruleId());
      key.add(finding.severity());
      key.add(finding.dataset());
      counted.merge(key, 1L, Long::sum);
    }
    List<RuleCount> counts = new ArrayList<>();
    counted.forEach((key, n) -> counts.add(new RuleCount(key.get(0), key.get(1), key.get(2), n)));
    return counts;
  }

  private static Finding generatedFinding(long i) {
    boolean error = i % 10 == 0;
    return new Finding(
        error ? "TS0003" : "TS0031",
        error ? "Error" : "Warning",
        "LB",
        i,
        "CDISCPILOT01-01-701-" + (1000 + i % 300),
        error ? "LBDTC" : "LBORRESU",
        error ? "2014-13-0" + i % 10 : "mmol/L x" + i % 17,
        error ? "Invalid ISO 8601 value" : "Value not found in extensible codelist UNIT (C71620)");
  }
}
