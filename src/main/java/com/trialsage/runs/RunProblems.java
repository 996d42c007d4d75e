package com.trialsage.runs;

import com.trialsage.web.Problem;
import java.util.List;

/** The problems the run API answers with, each saying what the client can do. */
final class RunProblems {
  private RunProblems() {}

  static Problem badRequest(String detail) {
    return Problem.of(400, "invalid-run-request", "Invalid Run Request", detail);
  }

  static Problem unprocessable(String detail) {
    return Problem.of(422, "invalid-run-request", "Invalid Run Request", detail);
  }

  static Problem unknownCt(String version, List<String> installed) {
    return Problem.of(
            422,
            "unknown-controlled-terminology",
            "Unknown Controlled Terminology",
            "Controlled terminology '"
                + version
                + "' is not installed. Installed: "
                + (installed.isEmpty() ? "none (ask an operator)" : String.join(", ", installed))
                + ".")
        .with("installed", String.join(",", installed));
  }

  static Problem idempotencyKeyReused() {
    return Problem.of(
        422,
        "idempotency-key-reused",
        "Idempotency Key Reused",
        "This Idempotency-Key was already used for a different request. Use a new key for a new"
            + " run, or repeat the original request unchanged.");
  }

  static Problem notFound(String id) {
    return Problem.of(
        404, "not-found", "Not Found", "There is no run " + id + " in your organisation.");
  }

  static Problem breakerOpen(long retryAfterSeconds) {
    return Problem.of(
            503,
            "engine-unavailable",
            "Validation Temporarily Unavailable",
            "The validator engine failed repeatedly and is paused. Runs already queued wait;"
                + " submit again after "
                + retryAfterSeconds
                + " s.")
        .with("retryAfterSeconds", retryAfterSeconds);
  }

  static Problem sandboxRefused() {
    return Problem.of(
        503,
        "engine-unavailable",
        "Validation Unavailable",
        "This instance cannot isolate the validator engine as its configuration demands. Ask an"
            + " operator.");
  }

  static Problem unknownReportFormat(String format) {
    String shown = format.length() > 20 ? format.substring(0, 20) + "…" : format;
    return Problem.of(
        404,
        "not-found",
        "Not Found",
        "There is no report format '" + shown + "'. Choose json, csv, xlsx or html.");
  }

  static Problem noReportYet(RunRow run) {
    String detail =
        run.state() == RunState.FAILED
            ? "Run "
                + run.id()
                + " failed ("
                + run.failureReason()
                + ") and has no report; retry it"
                + " with POST /api/v1/runs/"
                + run.id()
                + "/retry."
            : "Run "
                + run.id()
                + " is "
                + run.state()
                + "; its reports exist once it has"
                + " succeeded. Poll GET /api/v1/runs/"
                + run.id()
                + " until its state is SUCCEEDED.";
    return Problem.of(409, "report-not-available", "Report Not Available", detail)
        .with("state", run.state().name());
  }

  static Problem conflict(String detail) {
    return Problem.of(409, "run-state-conflict", "Run State Conflict", detail);
  }
}
