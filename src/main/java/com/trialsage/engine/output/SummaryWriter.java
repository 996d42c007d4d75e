package com.trialsage.engine.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.trialsage.engine.rules.RuleCatalog;
import com.trialsage.engine.rules.RuleDefinition;
import com.trialsage.engine.rules.Severity;
import com.trialsage.engine.run.DatasetRead;
import com.trialsage.engine.run.RuleOutcome;
import com.trialsage.engine.run.RunReport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code summary.json}: the run's inputs, the datasets read, finding counts per severity and
 * per rule (all findings, also those beyond the cap), and every catalog rule's outcome.
 */
public final class SummaryWriter {
  private final RuleCatalog catalog;

  public SummaryWriter(RuleCatalog catalog) {
    this.catalog = catalog;
  }

  public void write(RunDescription run, RunReport report, OutputStream out) throws IOException {
    try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      writeInputs(json, run, report);
      writeDatasets(json, report);
      writeCounts(json, report, run.maxFindingsPerRule());
      writeRules(json, report, run.maxFindingsPerRule());
      json.writeEndObject();
    }
  }

  private void writeInputs(JsonGenerator json, RunDescription run, RunReport report)
      throws IOException {
    json.writeObjectFieldStart("standard");
    json.writeStringField("name", run.standardName());
    json.writeStringField("version", run.standardVersion());
    json.writeEndObject();
    json.writeStringField("controlledTerminology", run.terminologyVersion());
    if (run.defineFile().isEmpty()) {
      json.writeNullField("define");
    } else {
      json.writeStringField("define", run.defineFile());
    }
    json.writeStringField("engineVersion", run.engineVersion());
    json.writeStringField("catalogSha256", catalog.sha256());
    json.writeNumberField("elapsedMillis", report.elapsedMillis());
    json.writeNumberField("maxFindingsPerRule", run.maxFindingsPerRule());
  }

  private static void writeDatasets(JsonGenerator json, RunReport report) throws IOException {
    json.writeArrayFieldStart("datasets");
    for (DatasetRead d : report.datasets()) {
      json.writeStartObject();
      json.writeStringField("name", d.name());
      json.writeNumberField("records", d.records());
      json.writeStringField("sourceFile", d.sourceFile());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void writeCounts(JsonGenerator json, RunReport report, long cap) throws IOException {
    Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    long total = 0;
    long written = 0;
    for (RuleDefinition rule : catalog.all()) {
      long count = report.findingCounts().getOrDefault(rule.id(), 0L);
      bySeverity.merge(rule.severity(), count, Long::sum);
      total += count;
      written += Math.min(count, cap);
    }
    json.writeObjectFieldStart("findings");
    json.writeNumberField("total", total);
    json.writeNumberField("written", written);
    json.writeObjectFieldStart("bySeverity");
    for (Severity s : Severity.values()) {
      json.writeNumberField(s.label(), bySeverity.getOrDefault(s, 0L));
    }
    json.writeEndObject();
    json.writeObjectFieldStart("byRule");
    for (RuleDefinition rule : catalog.all()) {
      json.writeNumberField(rule.id().value(), report.findingCounts().getOrDefault(rule.id(), 0L));
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private void writeRules(JsonGenerator json, RunReport report, long cap) throws IOException {
    json.writeArrayFieldStart("rules");
    for (RuleDefinition rule : catalog.all()) {
      RuleOutcome outcome = report.outcomes().get(rule.id());
      long count = report.findingCounts().getOrDefault(rule.id(), 0L);
      json.writeStartObject();
      json.writeStringField("id", rule.id().value());
      json.writeStringField("p21Id", rule.p21Id());
      json.writeStringField("coreId", rule.coreId());
      json.writeStringField("fdaId", rule.fdaId());
      json.writeStringField("cdiscId", rule.cdiscId());
      json.writeStringField("severity", rule.severity().label());
      json.writeStringField("message", rule.message());
      json.writeStringField("description", rule.description());
      if (outcome == null) {
        json.writeStringField("outcome", "skipped");
        json.writeStringField("detail", "not implemented by this engine build");
      } else {
        json.writeStringField("outcome", outcome.status().name().toLowerCase(Locale.ROOT));
        json.writeStringField("detail", outcome.detail());
      }
      json.writeNumberField("findings", count);
      json.writeNumberField("written", Math.min(count, cap));
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
