package com.trialsage.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.trialsage.runs.Finding;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReportWriterTest {

  @Test
  void startsWithAByteOrderMarkAndTheHeaderRow() throws Exception {
    byte[] csv = write(List.of());

    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(text(csv))
        .isEqualTo(
            "Rule ID,P21 ID,CORE ID,Severity,Dataset,Record,USUBJID,Variable,Value,Message\r\n");
  }

  @Test
  void writesOneRowPerFindingWithTheRulesP21AndCoreIds() throws Exception {
    List<List<String>> rows = parse(write(List.of(Findings.dateError(4, "2014-13-01"))));

    assertThat(rows).hasSize(2);
    assertThat(rows.get(1))
        .containsExactly(
            "TS0003",
            "SD0003",
            "CORE-000012",
            "Error",
            "AE",
            "4",
            "01-701-1015",
            "AESTDTC",
            "2014-13-01",
            "Invalid ISO 8601 value");
  }

  @Test
  void writesAbsentValuesAsEmptyFields() throws Exception {
    List<List<String>> rows = parse(write(List.of(Findings.aboutTheStudy())));

    assertThat(rows.get(1))
        .containsExactly("TS0020", "SD1020", "", "Notice", "", "", "", "", "", "No trial summary");
  }

  @Test
  void quotesCommasQuotesAndLineBreaksSoTheyReadBack() throws Exception {
    String value = "a, \"quoted\"\r\nand\nmore\rend";

    List<List<String>> rows = parse(write(List.of(Findings.unitWarning(1, value))));

    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).get(8)).isEqualTo(value);
  }

  @Test
  void neutralisesEveryValueASpreadsheetWouldTakeForAFormula() throws Exception {
    List<String> values =
        List.of("=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx", "-");

    List<List<String>> rows =
        parse(write(values.stream().map(v -> Findings.unitWarning(1, v)).toList()));

    assertThat(rows.subList(1, rows.size()))
        .extracting(row -> row.get(8))
        .containsExactly(
            "'=HYPERLINK(\"http://x\")", "'+1+2", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx", "'-");
  }

  @Test
  void leavesPlainSignedNumbersAsTheyAre() throws Exception {
    List<String> values = List.of("-1.5", "-3", "+7", "-2.5E-3", "-.5");

    List<List<String>> rows =
        parse(write(values.stream().map(v -> Findings.unitWarning(1, v)).toList()));

    assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(8)).isEqualTo(values);
  }

  @Test
  void neutralisesFormulasInMessagesAndSubjectsToo() throws Exception {
    Finding finding =
        new Finding("TS0031", "Warning", "LB", 1L, "=cmd|' /C calc'!A0", "LBORRESU", "x", "@x");

    List<String> row = parse(write(List.of(finding))).get(1);

    assertThat(row.get(6)).isEqualTo("'=cmd|' /C calc'!A0");
    assertThat(row.get(9)).isEqualTo("'@x");
  }

  private static byte[] write(List<Finding> findings) throws Exception {
    WatchedOutput out = WatchedOutput.keeping();
    new CsvReportWriter().write(InMemoryReportSource.of(findings), out);
    return out.bytes();
  }

  private static String text(byte[] csv) {
    return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
  }

  private static List<List<String>> parse(byte[] csv) {
    return Rfc4180.parse(text(csv));
  }
}
