package com.trialsage.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every format's writer promises: same bytes for the same source, streaming, no leaks. */
class ReportWritersTest {
  private static final long MANY_FINDINGS = 200_000;

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void writesTheSameBytesForTheSameSource(ReportFormat format) throws Exception {
    InMemoryReportSource source =
        InMemoryReportSource.of(
            List.of(Findings.dateError(4, "2014-13-01"), Findings.unitWarning(7, "mg/dL x")));
    WatchedOutput first = WatchedOutput.keeping();
    WatchedOutput second = WatchedOutput.keeping();

    format.writer().write(source, first);
    format.writer().write(source, second);

    assertThat(first.bytes()).isNotEmpty().isEqualTo(second.bytes());
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void leavesTheOutputOpenAndClosesTheCursor(ReportFormat format) throws Exception {
    InMemoryReportSource source = InMemoryReportSource.of(List.of(Findings.missingDataset()));
    WatchedOutput out = WatchedOutput.keeping();

    format.writer().write(source, out);

    assertThat(out.closed()).isFalse();
    assertThat(source.cursorsOpened()).isEqualTo(1);
    assertThat(source.cursorsClosed()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(
      value = ReportFormat.class,
      names = {"JSON", "CSV", "XLSX"})
  void streamsFindingsTheCursorMakesOneByOne(ReportFormat format) throws Exception {
    InMemoryReportSource source = InMemoryReportSource.generated(MANY_FINDINGS);
    WatchedOutput out = WatchedOutput.counting();

    format.writer().write(source, out);

    assertThat(source.findingsRead()).isEqualTo(MANY_FINDINGS);
    assertThat(source.cursorsClosed()).isEqualTo(1);
    assertThat(out.byteCount()).isGreaterThan(MANY_FINDINGS * 10);
  }
}
