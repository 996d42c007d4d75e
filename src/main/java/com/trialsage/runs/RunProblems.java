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

  static Problem conflict(String detail) {
    return Problem.of(409, "run-state-conflict", "Run State Conflict", detail);
  }
}
