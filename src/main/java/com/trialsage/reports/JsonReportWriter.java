package com.trialsage.reports;

import com.trialsage.reports.ReportSource.DatasetInfo;
import com.trialsage.reports.ReportSource.FindingCursor;
import com.trialsage.reports.ReportSource.InputFile;
import com.trialsage.reports.ReportSource.RuleCount;
import com.trialsage.reports.ReportSource.RuleInfo;
import com.trialsage.reports.ReportSource.RunInfo;
import com.trialsage.runs.Finding;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON report: one compact UTF-8 object with its fields in this order.
 *
 * <pre>
 * {
 *   "schemaVersion": 1,
 *   "run": {"id", "tenant", "state", "failureReason", "standard", "standardVersion",
 *           "controlledTerminology", "engineVersion", "catalogSha256", "defineFile",
 *           "createdAt", "startedAt", "finishedAt", "findingsTotal", "findingsStored",
 *           "inputs": [{"fileName", "format", "sizeBytes", "sha256"}]},
 *   "datasets": [{"name", "records", "sourceFile"}],
 *   "rules": [{"id", "p21Id", "fdaId", "cdiscId", "coreId", "severity", "message",
 *              "description"}],
 *   "issueSummary": [{"ruleId", "severity", "dataset", "count"}],
 *   "findings": [{"ruleId", "severity", "dataset", "record", "usubjid", "variable", "value",
 *                 "message"}]
 * }
 * </pre>
 *
 * <p>An absent value is {@code null}, never a missing field, so every object of a kind has the same
 * fields. Times are ISO 8601 strings with their offset. Counts, sizes and record numbers (1-based)
 * are numbers. {@code issueSummary} is ordered by severity (Error, Warning, Notice), dataset (null,
 * about the study, first) and rule; {@code findings} in the source's order. A change that removes
 * or renames a field raises {@code schemaVersion}.
 */
final class JsonReportWriter implements ReportWriter {
  static final int SCHEMA_VERSION = 1;

  @Override
  public void write(ReportSource source, OutputStream out) throws IOException {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(out, "out");
    JsonGenerator json =
        Json.createGeneratorFactory(Map.of()).createGenerator(out, StandardCharsets.UTF_8);

    json.writeStartObject().write("schemaVersion", SCHEMA_VERSION);
    writeRun(json, source.run());
    writeDatasets(json, source);
    writeRules(json, source);
    writeIssueSummary(json, source);
    writeFindings(json, source);
    json.writeEnd();

    // Not close(): that would close the caller's stream.
    json.flush();
  }

  private static void writeRun(JsonGenerator json, RunInfo run) {
    json.writeStartObject("run").write("id", run.id().toString());
    text(json, "tenant", run.tenant());
    text(json, "state", run.state());
    text(json, "failureReason", run.failureReason());
    text(json, "standard", run.standard());
    text(json, "standardVersion", run.standardVersion());
    text(json, "controlledTerminology", run.controlledTerminology());
    text(json, "engineVersion", run.engineVersion());
    text(json, "catalogSha256", run.catalogSha256());
    text(json, "defineFile", run.defineFile());
    text(json, "createdAt", ReportTime.iso(run.createdAt()));
    text(json, "startedAt", ReportTime.iso(run.startedAt()));
    text(json, "finishedAt", ReportTime.iso(run.finishedAt()));
    json.write("findingsTotal", run.findingsTotal()).write("findingsStored", run.findingsStored());

    json.writeStartArray("inputs");
    for (InputFile input : run.inputs()) {
      json.writeStartObject();
      text(json, "fileName", input.fileName());
      text(json, "format", input.format());
      json.write("sizeBytes", input.sizeBytes());
      text(json, "sha256", input.sha256());
      json.writeEnd();
    }
    json.writeEnd().writeEnd();
  }

  private static void writeDatasets(JsonGenerator json, ReportSource source) {
    json.writeStartArray("datasets");
    for (DatasetInfo dataset : source.datasets()) {
      json.writeStartObject();
      text(json, "name", dataset.name());
      json.write("records", dataset.records());
      text(json, "sourceFile", dataset.sourceFile());
      json.writeEnd();
    }
    json.writeEnd();
  }

  private static void writeRules(JsonGenerator json, ReportSource source) {
    json.writeStartArray("rules");
    for (RuleInfo rule : source.rules()) {
      json.writeStartObject();
      text(json, "id", rule.id());
      text(json, "p21Id", rule.p21Id());
      text(json, "fdaId", rule.fdaId());
      text(json, "cdiscId", rule.cdiscId());
      text(json, "coreId", rule.coreId());
      text(json, "severity", rule.severity());
      text(json, "message", rule.message());
      text(json, "description", rule.description());
      json.writeEnd();
    }
    json.writeEnd();
  }

  private static void writeIssueSummary(JsonGenerator json, ReportSource source) {
    json.writeStartArray("issueSummary");
    for (RuleCount count : new IssueTotals(source.datasets(), source.counts()).counts()) {
      json.writeStartObject();
      text(json, "ruleId", count.ruleId());
      text(json, "severity", count.severity());
      text(json, "dataset", count.dataset());
      json.write("count", count.count());
      json.writeEnd();
    }
    json.writeEnd();
  }

  private static void writeFindings(JsonGenerator json, ReportSource source) throws IOException {
    json.writeStartArray("findings");
    try (FindingCursor findings = source.findings()) {
      while (findings.hasNext()) {
        writeFinding(json, findings.next());
      }
    }
    json.writeEnd();
  }

  private static void writeFinding(JsonGenerator json, Finding finding) {
    json.writeStartObject();
    text(json, "ruleId", finding.ruleId());
    text(json, "severity", finding.severity());
    text(json, "dataset", finding.dataset());
    if (finding.record() == null) {
      json.writeNull("record");
    } else {
      json.write("record", finding.record());
    }
    text(json, "usubjid", finding.usubjid());
    text(json, "variable", finding.variable());
    text(json, "value", finding.value());
    text(json, "message", finding.message());
    json.writeEnd();
  }

  private static void text(JsonGenerator json, String name, String value) {
    if (value == null) {
      json.writeNull(name);
    } else {
      json.write(name, value);
    }
  }
}
