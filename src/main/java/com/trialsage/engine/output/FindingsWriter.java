package com.trialsage.engine.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.trialsage.engine.rules.Finding;
import com.trialsage.engine.rules.FindingSink;
import com.trialsage.engine.rules.RuleCatalog;
import com.trialsage.engine.rules.RuleDefinition;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes findings as NDJSON: one object per line with {@code ruleId, p21Id, severity, dataset,
 * record, usubjid, variable, value, message}; {@code record} is null for a finding about a whole
 * dataset, and empty texts are written as null.
 */
public final class FindingsWriter implements FindingSink, Closeable {
  private final RuleCatalog catalog;
  private final JsonGenerator json;
  private long written;

  public FindingsWriter(RuleCatalog catalog, OutputStream out) throws IOException {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
    this.json.setRootValueSeparator(new SerializedString("\n"));
  }

  @Override
  public void accept(Finding finding) {
    try {
      write(finding, catalog.get(finding.ruleId()));
      written++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write findings", e);
    }
  }

  private void write(Finding finding, RuleDefinition rule) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", rule.id().value());
    writeText("p21Id", rule.p21Id());
    json.writeStringField("severity", rule.severity().label());
    json.writeStringField("dataset", finding.dataset());
    if (finding.isDatasetLevel()) {
      json.writeNullField("record");
    } else {
      json.writeNumberField("record", finding.recordNumber());
    }
    writeText("usubjid", finding.usubjid());
    writeText("variable", finding.variable());
    writeText("value", finding.value());
    json.writeStringField("message", finding.message());
    json.writeEndObject();
  }

  private void writeText(String field, String value) throws IOException {
    if (value.isEmpty()) {
      json.writeNullField(field);
    } else {
      json.writeStringField(field, value);
    }
  }

  /** How many findings were written. */
  public long written() {
    return written;
  }

  @Override
  public void close() throws IOException {
    if (written > 0) {
      json.writeRaw('\n');
    }
    json.close();
  }
}
