package com.trialsage.reports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {

  @Test
  void holdsTheRunRecordWithItsInputs() throws Exception {
    JsonObject report = write(InMemoryReportSource.of(List.of()));

    JsonObject run = report.getJsonObject("run");
    assertThat(report.getInt("schemaVersion")).isEqualTo(1);
    assertThat(run.getString("id")).isEqualTo("5f0c6a8e-3b1d-4c2a-9e7f-0a1b2c3d4e5f");
    assertThat(run.getString("standard")).isEqualTo("SDTMIG");
    assertThat(run.getString("finishedAt")).isEqualTo("2026-12-03T20:14:05Z");
    assertThat(run.getString("startedAt")).isEqualTo("2026-12-03T20:13:47.25Z");
    assertThat(run.get("failureReason")).isEqualTo(JsonValue.NULL);
    assertThat(run.getJsonArray("inputs")).hasSize(3);
    assertThat(run.getJsonArray("inputs").getJsonObject(2).getJsonNumber("sizeBytes").longValue())
        .isEqualTo(16_384_000);
  }

  @Test
  void holdsEveryFindingInTheSourcesOrder() throws Exception {
    InMemoryReportSource source =
        InMemoryReportSource.of(
            List.of(
                Findings.dateError(4, "2014-13-01"),
                Findings.dateError(9, "2014-02-30"),
                Findings.unitWarning(2, "mg/dL x")));

    JsonObject report = write(source);

    assertThat(report.getJsonArray("findings"))
        .extracting(finding -> finding.asJsonObject().getString("value"))
        .containsExactly("2014-13-01", "2014-02-30", "mg/dL x");
    assertThat(report.getJsonArray("findings").getJsonObject(1).getInt("record")).isEqualTo(9);
  }

  @Test
  void writesAbsentLocationsAsNull() throws Exception {
    JsonObject report = write(InMemoryReportSource.of(List.of(Findings.aboutTheStudy())));

    JsonObject finding = report.getJsonArray("findings").getJsonObject(0);
    assertThat(finding.keySet())
        .containsExactly(
            "ruleId", "severity", "dataset", "record", "usubjid", "variable", "value", "message");
    assertThat(finding.get("dataset")).isEqualTo(JsonValue.NULL);
    assertThat(finding.get("record")).isEqualTo(JsonValue.NULL);
  }

  @Test
  void summarisesTheCountsMostSeriousFirst() throws Exception {
    InMemoryReportSource source =
        InMemoryReportSource.of(
            List.of(
                Findings.unitWarning(2, "x"),
                Findings.dateError(4, "a"),
                Findings.dateError(5, "b")));

    JsonObject report = write(source);

    assertThat(report.getJsonArray("issueSummary"))
        .extracting(JsonValue::asJsonObject)
        .extracting(count -> count.getString("ruleId") + "/" + count.getInt("count"))
        .containsExactly("TS0003/2", "TS0031/1");
  }

  @Test
  void listsEveryDatasetAndEveryRule() throws Exception {
    JsonObject report = write(InMemoryReportSource.of(List.of()));

    assertThat(report.getJsonArray("datasets")).hasSize(3);
    assertThat(report.getJsonArray("rules"))
        .extracting(rule -> rule.asJsonObject().getString("id"))
        .containsExactly("TS0003", "TS0020", "TS0031", "TS0040");
    assertThat(report.getJsonArray("rules").getJsonObject(0).getString("p21Id"))
        .isEqualTo("SD0003");
  }

  private static JsonObject write(ReportSource source) throws Exception {
    WatchedOutput out = WatchedOutput.keeping();
    new JsonReportWriter().write(source, out);
    try (var reader = Json.createReader(new ByteArrayInputStream(out.bytes()))) {
      return reader.readObject();
    }
  }
}
