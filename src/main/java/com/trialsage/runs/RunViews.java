package com.trialsage.runs;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Runs and findings as the API shows them (JSON). */
final class RunViews {
  private RunViews() {}

  static JsonObject run(RunRow run, URI self, boolean withInputs) {
    JsonObjectBuilder json =
        Json.createObjectBuilder().add("id", run.id().toString()).add("state", run.state().name());
    JsonObjectBuilder progress = Json.createObjectBuilder().add("phase", nullable(run.phase()));
    if (run.startedAt() != null && !run.state().isFinal()) {
      progress.add(
          "elapsedMillis",
          Duration.between(run.startedAt(), OffsetDateTime.now(ZoneOffset.UTC)).toMillis());
    }
    json.add("progress", progress);
    if (run.failureReason() != null) {
      json.add(
          "failure",
          Json.createObjectBuilder()
              .add("reason", run.failureReason())
              .add("detail", nullable(run.failureDetail())));
    } else {
      json.add("failure", JsonValue.NULL);
    }
    json.add("standard", run.standard())
        .add("standardVersion", run.standardVersion())
        .add("ctVersion", run.ctVersion())
        .add("package", uuid(run.packageUploadId()))
        .add("define", uuid(run.defineUploadId()))
        .add("attempts", run.attempts())
        .add("maxAttempts", run.maxAttempts())
        .add("cancelRequested", run.cancelRequested())
        .add("retryOf", uuid(run.retryOf()))
        .add("createdBy", run.createdBy())
        .add("createdAt", time(run.createdAt()))
        .add("startedAt", time(run.startedAt()))
        .add("finishedAt", time(run.finishedAt()));
    json.add(
        "engine",
        Json.createObjectBuilder()
            .add("version", nullable(run.engineVersion()))
            .add("catalogSha256", nullable(run.catalogSha256()))
            .add(
                "exitCode",
                run.exitCode() == null ? JsonValue.NULL : Json.createValue(run.exitCode())));
    json.add(
        "findings",
        Json.createObjectBuilder()
            .add("total", count(run.findingsTotal()))
            .add("stored", count(run.findingsStored())));
    if (withInputs) {
      JsonArrayBuilder inputs = Json.createArrayBuilder();
      for (RunInput input : run.inputs()) {
        inputs.add(
            Json.createObjectBuilder()
                .add("uploadId", input.uploadId().toString())
                .add("role", input.role())
                .add("name", nullable(input.fileName()))
                .add("format", nullable(input.format()))
                .add("size", input.sizeBytes())
                .add("sha256", input.sha256()));
      }
      json.add("inputs", inputs);
      json.add("arguments", parsed(run.argumentsJson()));
      json.add("timings", parsed(run.timingsJson()));
      json.add("summary", parsed(run.summaryJson()));
    }
    String base = self.toString();
    JsonObjectBuilder links = Json.createObjectBuilder().add("self", base);
    if (run.state() == RunState.SUCCEEDED) {
      links.add("findings", base + "/findings");
      JsonObjectBuilder reports = Json.createObjectBuilder();
      for (String format : List.of("json", "csv", "xlsx", "html")) {
        reports.add(format, base + "/reports/" + format);
      }
      links.add("reports", reports);
    }
    if (!run.state().isFinal()) {
      links.add("cancel", base + "/cancel");
    }
    if (run.state() == RunState.FAILED) {
      links.add("retry", base + "/retry");
    }
    json.add("links", links);
    return json.build();
  }

  static JsonObject finding(FindingsQuery.Row row) {
    Finding f = row.finding();
    return Json.createObjectBuilder()
        .add("id", row.id())
        .add("ruleId", f.ruleId())
        .add("severity", f.severity())
        .add("dataset", nullable(f.dataset()))
        .add("record", f.record() == null ? JsonValue.NULL : Json.createValue(f.record()))
        .add("usubjid", nullable(f.usubjid()))
        .add("variable", nullable(f.variable()))
        .add("value", nullable(f.value()))
        .add("message", f.message())
        .build();
  }

  private static JsonValue parsed(String json) {
    if (json == null) {
      return JsonValue.NULL;
    }
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }

  private static JsonValue count(Long value) {
    return value == null ? JsonValue.NULL : Json.createValue(value);
  }

  private static JsonValue uuid(java.util.UUID id) {
    return id == null ? JsonValue.NULL : Json.createValue(id.toString());
  }

  static JsonValue time(OffsetDateTime time) {
    return time == null
        ? JsonValue.NULL
        : Json.createValue(time.withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString());
  }

  static JsonValue nullable(String text) {
    return text == null ? JsonValue.NULL : Json.createValue(text);
  }
}
