package com.trialsage.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.trialsage.runs.Finding;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {

  @Test
  void rendersScriptInAValueAsInertText() throws Exception {
    Finding hostile = Findings.unitWarning(1, "<script>alert('x')</script>\" onload=\"x");

    String page = write(new HtmlReportWriter(), InMemoryReportSource.of(List.of(hostile)));

    assertThat(page).doesNotContain("<script").doesNotContain("onload=\"");
    assertThat(page)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; onload=&quot;x");
  }

  @Test
  void declaresItsLanguageCharsetAndTitle() throws Exception {
    String page = write(new HtmlReportWriter(), InMemoryReportSource.of(List.of()));

    assertThat(page)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("<meta charset=\"utf-8\">")
        .contains("<title>Validation report, run 5f0c6a8e-3b1d-4c2a-9e7f-0a1b2c3d4e5f</title>");
  }

  @Test
  void loadsNothingFromElsewhere() throws Exception {
    String page =
        write(new HtmlReportWriter(), InMemoryReportSource.of(List.of(Findings.dateError(1, "x"))));

    assertThat(page).doesNotContain("<script", "<link", "src=", "href=", "url(", "@import");
  }

  @Test
  void capsTheDetailsAndSaysHowManyAreLeftOut() throws Exception {
    List<Finding> findings =
        LongStream.rangeClosed(1, 10).mapToObj(i -> Findings.dateError(i, "v" + i)).toList();

    String page = write(new HtmlReportWriter(3), InMemoryReportSource.of(findings));

    assertThat(page).contains("<td>v3</td>").doesNotContain("<td>v4</td>");
    assertThat(page)
        .contains(
            "Only the first 3 of 10 findings are shown; the other 7 are in the CSV and Excel"
                + " reports, which hold every finding.");
  }

  @Test
  void readsNoMoreFindingsThanThePageShows() throws Exception {
    InMemoryReportSource source = InMemoryReportSource.generated(200_000);

    new HtmlReportWriter().write(source, WatchedOutput.counting());

    assertThat(source.findingsRead()).isEqualTo(HtmlReportWriter.DETAILS_CAP);
    assertThat(source.cursorsClosed()).isEqualTo(1);
  }

  @Test
  void saysNothingIsLeftOutWhenEveryFindingIsShown() throws Exception {
    String page =
        write(
            new HtmlReportWriter(3), InMemoryReportSource.of(List.of(Findings.dateError(1, "x"))));

    assertThat(page).doesNotContain("Only the first");
  }

  @Test
  void headsThePageWithTheErrorCount() throws Exception {
    InMemoryReportSource source =
        InMemoryReportSource.of(
            List.of(
                Findings.dateError(1, "a"),
                Findings.dateError(2, "b"),
                Findings.unitWarning(1, "c")));

    String page = write(new HtmlReportWriter(), source);

    assertThat(page).contains("<p class=\"verdict errors\">2 errors</p>");
  }

  @Test
  void headsThePageWithTheFailureOfAFailedRun() throws Exception {
    InMemoryReportSource source = InMemoryReportSource.of("FAILED", "ENGINE_TIMEOUT", List.of());

    String page = write(new HtmlReportWriter(), source);

    assertThat(page)
        .contains(
            "<p class=\"verdict failed\">The run failed (ENGINE_TIMEOUT); findings may be"
                + " incomplete</p>");
  }

  @Test
  void groupsTheIssueSummaryBySeverityWithTotals() throws Exception {
    InMemoryReportSource source =
        InMemoryReportSource.of(
            List.of(
                Findings.dateError(1, "a"),
                Findings.missingDataset(),
                Findings.unitWarning(1, "c")));

    String page = write(new HtmlReportWriter(), source);

    assertThat(page)
        .contains("<h3>Errors (2)</h3>", "<h3>Warnings (1)</h3>", "<h3>Notices (0)</h3>");
    assertThat(page.indexOf("<h3>Errors")).isLessThan(page.indexOf("<h3>Warnings"));
    assertThat(page).contains("<td>EX</td><td>TS0040</td><td>SD0040</td>");
  }

  private static String write(HtmlReportWriter writer, ReportSource source) throws Exception {
    WatchedOutput out = WatchedOutput.keeping();
    writer.write(source, out);
    return new String(out.bytes(), StandardCharsets.UTF_8);
  }
}
