package com.trialsage.runs;

import com.trialsage.audit.AuditTrail;
import com.trialsage.logging.LogContext;
import com.trialsage.ops.errors.ErrorReporting;
import com.trialsage.storage.IntegrityIOException;
import com.trialsage.tenancy.TenantId;
import com.trialsage.uploads.IntegrityException;
import com.trialsage.uploads.Upload;
import com.trialsage.uploads.UploadId;
import com.trialsage.uploads.UploadRecords;
import com.trialsage.uploads.UploadService;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Carries one claimed run to its final state: copies its inputs into a fresh run folder, verifying
 * each against its recorded SHA-256 as it is read; starts the engine through {@link EngineInvoker};
 * stores the findings with COPY; records the engine's version, catalog hash, summary and timings;
 * and removes the folder. Every write is conditional on still holding the claim, so a worker that
 * lost its lease changes nothing.
 */
@ApplicationScoped
public class RunExecution {
  private static final Logger LOG = Logger.getLogger(RunExecution.class.getName());
  private static final String SYSTEM = "system";

  @Inject RunSettings settings;
  @Inject RunRecords records;
  @Inject EngineInvoker invoker;
  @Inject EngineSandbox sandbox;
  @Inject EngineBreaker breaker;
  @Inject RunMetrics metrics;
  @Inject UploadRecords uploads;
  @Inject UploadService uploadService;
  @Inject AuditTrail audit;
  @Inject FindingsStoreProducer findingsStore;
  @Inject ErrorReporting errors;
  @Inject Tracer tracer;

  /** What became of a claimed run, for the worker's loop. */
  enum Result {
    FINISHED,
    RELEASED_BREAKER_OPEN,
    RELEASED,
    LOST
  }

  /**
   * Runs one claimed attempt inside a {@code trialsage.run} trace span (exported when MicroProfile
   * Telemetry is on) carrying the run's id, tenant, attempt and result.
   */
  Result execute(RunQueue queue, ClaimedRun claim, RunControl control) {
    long claimedNanos = System.nanoTime();
    SpanBuilder builder =
        tracer
            .spanBuilder("trialsage.run")
            .setSpanKind(SpanKind.INTERNAL)
            .setAttribute("trialsage.run_id", claim.id().toString())
            .setAttribute("trialsage.tenant", claim.tenant())
            .setAttribute("trialsage.attempt", claim.attempt());
    // A child of the submitting request's span: one trace from POST /runs to the run's end.
    TraceParent.parse(claim.traceParent())
        .ifPresentOrElse(
            parent -> builder.setParent(Context.root().with(Span.wrap(parent))),
            builder::setNoParent);
    Span span = builder.startSpan();
    try (LogContext.Scope scope = LogContext.openRun(claim.tenant(), claim.id().toString());
        io.opentelemetry.context.Scope traced = span.makeCurrent()) {
      Path folder = settings.runsDir().resolve(claim.id() + "-" + claim.attempt());
      try {
        Result result = run(queue, claim, control, folder, claimedNanos);
        span.setAttribute("trialsage.result", result.name());
        return result;
      } catch (SQLException e) {
        // The database is unreachable: the lease runs out and the reaper hands the run on.
        LOG.log(Level.WARNING, "Run " + claim.id() + " stopped: database error", e);
        span.setStatus(StatusCode.ERROR, "database error");
        span.setAttribute("trialsage.result", Result.LOST.name());
        return Result.LOST;
      } catch (RuntimeException e) {
        span.recordException(e);
        span.setStatus(StatusCode.ERROR);
        throw e;
      } finally {
        deleteQuietly(folder);
      }
    } finally {
      span.end();
    }
  }

  private Result run(
      RunQueue queue, ClaimedRun claim, RunControl control, Path folder, long claimedNanos)
      throws SQLException {
    Optional<RunRow> found = records.findForWorker(claim.id());
    if (found.isEmpty()) {
      return Result.LOST;
    }
    RunRow run = found.get();
    LOG.info(
        "Run started: attempt "
            + claim.attempt()
            + " of "
            + run.maxAttempts()
            + " on "
            + claim.worker());
    if (run.cancelRequested()) {
      return fail(queue, claim, run, FailureReason.CANCELLED, "cancelled before it started", null);
    }
    if (!sandbox.permitted()) {
      return fail(
          queue,
          claim,
          run,
          FailureReason.SANDBOX_REFUSED,
          "this instance cannot isolate the engine as configured: "
              + String.join("; ", sandbox.isolation().weaknesses()),
          null);
    }
    Optional<Path> engine = settings.enginePath();
    Optional<Path> ctFile = new ControlledTerminology(settings.ctDir()).file(run.ctVersion());
    if (engine.isEmpty() || !Files.isRegularFile(engine.get()) || ctFile.isEmpty()) {
      return fail(
          queue,
          claim,
          run,
          FailureReason.ENGINE_ERROR,
          engine.isEmpty() || !Files.isRegularFile(engine.get())
              ? "the engine is not installed on this instance (regintel.engine.path)"
              : "controlled terminology " + run.ctVersion() + " is not installed on this instance",
          null);
    }

    enterPhase(claim, "verifying-inputs");
    long verifyStart = System.nanoTime();
    Path define;
    try {
      define = copyInputs(run, folder);
    } catch (IntegrityException | IntegrityIOException e) {
      return fail(queue, claim, run, FailureReason.INTEGRITY, e.getMessage(), null);
    } catch (IOException e) {
      Optional<RunState> state =
          queue.retryLater(
              claim,
              FailureReason.STORAGE_UNAVAILABLE,
              "object storage could not be read: " + e.getMessage());
      LOG.warning("Run inputs could not be read (" + e.getMessage() + "); state now " + state);
      state
          .filter(RunState::isFinal)
          .ifPresent(s -> finished(run, s, FailureReason.STORAGE_UNAVAILABLE));
      return state.isPresent() ? Result.FINISHED : Result.LOST;
    }
    long verifyMillis = Duration.ofNanos(System.nanoTime() - verifyStart).toMillis();
    if (control.stopReason() != null) {
      return stopped(queue, claim, run, control.stopReason());
    }

    enterPhase(claim, "validating");
    Path out = folder.resolve("out");
    EngineCall call =
        new EngineCall(
            folder,
            EngineCommand.validate(
                engine.get(),
                settings.engineHeapMb(),
                run.standard(),
                run.standardVersion(),
                ctFile.get(),
                define,
                settings.maxFindingsPerRule(),
                out,
                folder.resolve("inputs")),
            EngineCommand.readOnly(engine.get(), ctFile.get()),
            EngineCommand.environment(folder),
            out,
            control);
    OffsetDateTime engineStartedAt = OffsetDateTime.now(java.time.ZoneOffset.UTC);
    metrics.queueWait(Duration.between(run.createdAt(), engineStartedAt));
    long engineStart = System.nanoTime();
    EngineResult result;
    try {
      result = invoker.invoke(call);
      breaker.succeeded();
    } catch (CircuitBreakerOpenException e) {
      breaker.rejected();
      LOG.info("Engine circuit breaker open: run returned to the queue");
      return queue.release(claim) ? Result.RELEASED_BREAKER_OPEN : Result.LOST;
    } catch (TimeoutException e) {
      String detail = "the engine ran past " + settings.timeout().toSeconds() + " s and was killed";
      breaker.failed(FailureReason.TIMEOUT, detail);
      metrics.engineExit(EngineExit.TIMEOUT);
      return fail(queue, claim, run, FailureReason.TIMEOUT, detail, null);
    } catch (EngineFailureException e) {
      breaker.failed(e.reason(), e.getMessage());
      metrics.engineExit(EngineExit.of(e.reason()));
      return fail(queue, claim, run, e.reason(), e.getMessage(), e.exitCode());
    } catch (RunStoppedException e) {
      breaker.succeeded();
      metrics.engineExit(EngineExit.CANCELLED);
      return stopped(queue, claim, run, e.reason());
    }
    long engineMillis = Duration.ofNanos(System.nanoTime() - engineStart).toMillis();
    if (result.inputRejected()) {
      metrics.engineExit(EngineExit.INPUT_REJECTED);
      return fail(
          queue,
          claim,
          run,
          FailureReason.UNREADABLE_INPUT,
          "the engine could not read an input: " + result.inputProblem(),
          result.outcome().exitCode());
    }
    metrics.engineExit(EngineExit.OK);

    enterPhase(claim, "storing-findings");
    long storeStart = System.nanoTime();
    long stored;
    try (EngineOutput.FindingLines findings = new EngineOutput(out).findings()) {
      stored = findingsStore.get().replace(claim, findings);
    } catch (IOException e) {
      stored = -1;
    }
    if (stored < 0) {
      LOG.warning("Run " + claim.id() + " was taken over while its findings were stored");
      return Result.LOST;
    }
    long storeMillis = Duration.ofNanos(System.nanoTime() - storeStart).toMillis();
    EngineSummary summary = result.summary();
    Map<String, Long> timings = new LinkedHashMap<>();
    timings.put("queuedMillis", Duration.between(run.createdAt(), engineStartedAt).toMillis());
    timings.put("verifyInputsMillis", verifyMillis);
    timings.put("engineMillis", engineMillis);
    timings.put("storeFindingsMillis", storeMillis);
    timings.put("totalMillis", Duration.ofNanos(System.nanoTime() - claimedNanos).toMillis());
    var timingsJson = Json.createObjectBuilder();
    timings.forEach(timingsJson::add);
    Span span = Span.current();
    timings.forEach((name, millis) -> span.setAttribute("trialsage." + name, millis));
    span.setAttribute("trialsage.findings_stored", stored);
    timingsJson.add("engineStartedAt", engineStartedAt.toString());
    boolean completed =
        queue.complete(
            claim,
            new RunQueue.Completion(
                result.outcome().exitCode(),
                summary.engineVersion(),
                summary.catalogSha256(),
                summary.json(),
                timingsJson.build().toString(),
                summary.findingsTotal(),
                stored));
    if (!completed) {
      return Result.LOST;
    }
    metrics.duration(Duration.ofNanos(System.nanoTime() - claimedNanos));
    finished(run, RunState.SUCCEEDED, null);
    LOG.info(
        "Run succeeded: "
            + stored
            + " findings stored ("
            + summary.findingsTotal()
            + " raised), engine "
            + engineMillis
            + " ms, store "
            + storeMillis
            + " ms");
    auditFinalState(
        run.tenant(),
        run.id(),
        "run.succeeded",
        Map.of(
            "state",
            "SUCCEEDED",
            "findingsStored",
            stored,
            "engineVersion",
            summary.engineVersion(),
            "catalogSha256",
            summary.catalogSha256()),
        null);
    return Result.FINISHED;
  }

  private Result stopped(RunQueue queue, ClaimedRun claim, RunRow run, RunControl.StopReason reason)
      throws SQLException {
    return switch (reason) {
      case CANCELLED ->
          fail(queue, claim, run, FailureReason.CANCELLED, "cancelled while it ran", null);
      case SHUTDOWN -> {
        LOG.info("Run returned to the queue: this instance is shutting down");
        yield queue.release(claim) ? Result.RELEASED : Result.LOST;
      }
      case LEASE_LOST -> {
        LOG.warning("Run stopped here: its lease was lost to another worker");
        yield Result.LOST;
      }
    };
  }

  private Result fail(
      RunQueue queue,
      ClaimedRun claim,
      RunRow run,
      FailureReason reason,
      String detail,
      Integer exitCode)
      throws SQLException {
    if (!queue.fail(claim, reason, detail, exitCode)) {
      return Result.LOST;
    }
    finished(run, RunState.FAILED, reason);
    LOG.info("Run failed (" + reason + "): " + detail);
    if (reason.isEngineInfrastructure()) {
      errors.runFailed(run.tenant(), run.id().toString(), reason.name(), detail);
    }
    auditFinalState(
        run.tenant(),
        run.id(),
        "run.failed",
        Map.of("state", "FAILED", "reason", reason.name()),
        detail.length() > 500 ? detail.substring(0, 500) : detail);
    return Result.FINISHED;
  }

  /**
   * Puts on record what the reaper did to a run whose instance stopped renewing its lease: a line
   * in the run's log context, and for a run out of attempts its final-state metric and audit event
   * (no engine ran to fail, so nothing goes to error reporting).
   */
  void reaped(ReapedRun run) {
    try (LogContext.Scope scope = LogContext.openRun(run.tenant(), run.id().toString())) {
      if (!run.failed()) {
        LOG.warning(
            "Run re-queued: the lease of attempt "
                + run.attempts()
                + " expired (its instance stopped or hung)");
        return;
      }
      metrics.finished(RunState.FAILED, FailureReason.LEASE_EXPIRED);
      LOG.info(
          "Run failed (LEASE_EXPIRED): the lease of each of its "
              + run.attempts()
              + " attempt(s) expired");
      auditFinalState(
          run.tenant(),
          run.id(),
          "run.failed",
          Map.of("state", "FAILED", "reason", FailureReason.LEASE_EXPIRED.name()),
          "every attempt's lease expired");
    }
  }

  // The phase users see in the run's progress, also an event on the run's trace span.
  private void enterPhase(ClaimedRun claim, String phase) throws SQLException {
    records.setPhase(claim, phase);
    Span.current().addEvent("phase " + phase);
  }

  // Every final state a worker or the reaper sets is recorded by the system, from RUNNING.
  private void auditFinalState(
      String tenant, UUID run, String action, Map<String, ?> state, String reason) {
    audit.record(
        new TenantId(tenant),
        SYSTEM,
        action,
        "run",
        run.toString(),
        Map.of("state", "RUNNING"),
        state,
        reason);
  }

  private void finished(RunRow run, RunState state, FailureReason reason) {
    metrics.finished(state, reason);
  }

  // Datasets go to inputs/ under names with the extension of their format; the define to
  // define.xml. Each is verified while it is copied.
  private Path copyInputs(RunRow run, Path folder) throws IOException {
    deleteQuietly(folder);
    Path inputs = Files.createDirectories(folder.resolve("inputs"));
    Path define = null;
    Set<String> names = new HashSet<>();
    for (RunInput input : run.inputs()) {
      Upload upload =
          uploads
              .findForHousekeeping(new UploadId(input.uploadId()))
              .filter(u -> u.tenant().value().equals(run.tenant()))
              .orElseThrow(
                  () ->
                      new IntegrityException(
                          new UploadId(input.uploadId()),
                          "input " + input.uploadId() + " no longer exists"));
      if (!upload.sha256().hex().equals(input.sha256())) {
        throw new IntegrityException(
            upload.id(), "input " + upload.id() + " changed since the run was submitted");
      }
      Path target =
          RunInput.DEFINE.equals(input.role())
              ? folder.resolve("define.xml")
              : inputs.resolve(uniqueName(input, names));
      try (InputStream in = uploadService.openVerified(upload, "run")) {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      } catch (IntegrityIOException e) {
        throw e;
      } catch (IOException e) {
        // Unreadable: a missing or changed object is an integrity failure (verify throws it and
        // alerts); anything else is the storage being unreachable, worth another attempt.
        uploadService.verify(new TenantId(run.tenant()), upload.id(), "run");
        throw e;
      }
      if (RunInput.DEFINE.equals(input.role())) {
        define = target;
      }
    }
    return define;
  }

  static String uniqueName(RunInput input, Set<String> taken) {
    String extension =
        switch (input.format()) {
          case "xport" -> ".xpt";
          case "dataset-json" -> ".json";
          case "ndjson" -> ".ndjson";
          case "dsjc" -> ".dsjc";
          default -> ".dat";
        };
    String base = input.fileName() == null ? "dataset" : input.fileName();
    int dot = base.lastIndexOf('.');
    base = (dot > 0 ? base.substring(0, dot) : base).replaceAll("[^A-Za-z0-9_-]", "_");
    if (base.isEmpty() || base.length() > 64) {
      base = base.isEmpty() ? "dataset" : base.substring(0, 64);
    }
    String name = base + extension;
    for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
      name = base + "-" + i + extension;
    }
    return name;
  }

  static void deleteQuietly(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              Files.delete(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not remove run folder " + folder + ": " + e.getMessage());
    }
  }
}
