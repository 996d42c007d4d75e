package com.trialsage.runs;

import com.trialsage.audit.AuditTrail;
import com.trialsage.logging.LogContext;
import com.trialsage.tenancy.Caller;
import com.trialsage.uploads.Sha256;
import com.trialsage.uploads.Upload;
import com.trialsage.uploads.UploadFormat;
import com.trialsage.uploads.UploadId;
import com.trialsage.uploads.UploadRecords;
import com.trialsage.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Accepts, cancels and retries runs for a caller. Submission checks every referenced upload is the
 * caller's tenant's and of a usable format, resolves a package to its entries, records each input's
 * SHA-256 (checked again when the run starts), and honours {@code Idempotency-Key}: the same key
 * with the same request gives the same run; with another request, 422.
 */
@ApplicationScoped
public class RunService {
  private static final Logger LOG = Logger.getLogger(RunService.class.getName());
  private static final Set<UploadFormat> DATASETS =
      Set.of(UploadFormat.XPORT, UploadFormat.DATASET_JSON, UploadFormat.NDJSON, UploadFormat.DSJC);

  @Inject RunRecords records;
  @Inject UploadRecords uploads;
  @Inject RunSettings settings;
  @Inject EngineBreaker breaker;
  @Inject EngineSandbox sandbox;
  @Inject RunMetrics metrics;
  @Inject AuditTrail audit;

  /** The run a submission produced, and whether it was an earlier one replayed. */
  public record Submitted(RunRow run, boolean replayed) {}

  public Submitted submit(Caller caller, RunRequest request, String idempotencyKey)
      throws SQLException {
    String tenant = caller.tenant().value();
    List<RunInput> inputs = new ArrayList<>();
    UUID define = resolveInputs(caller, request, inputs);
    String fingerprint = fingerprint(request, define, inputs);
    if (idempotencyKey != null) {
      Optional<RunRow> earlier = records.findByIdempotencyKey(tenant, idempotencyKey);
      if (earlier.isPresent()) {
        return replay(earlier.get(), fingerprint);
      }
    }
    checkCanRun(request.ctVersion());
    return queue(caller, request, idempotencyKey, inputs, define, fingerprint, null);
  }

  private Submitted replay(RunRow earlier, String fingerprint) {
    if (!fingerprint.equals(earlier.requestSha256())) {
      throw new ProblemException(RunProblems.idempotencyKeyReused());
    }
    return new Submitted(earlier, true);
  }

  private void checkCanRun(String ctVersion) {
    ControlledTerminology ct = new ControlledTerminology(settings.ctDir());
    if (ct.file(ctVersion).isEmpty()) {
      throw new ProblemException(RunProblems.unknownCt(ctVersion, ct.versions()));
    }
    if (breaker.state() == EngineBreaker.State.OPEN) {
      throw new ProblemException(RunProblems.breakerOpen(breaker.retryAfterSeconds()));
    }
    if (!sandbox.permitted()) {
      throw new ProblemException(RunProblems.sandboxRefused());
    }
  }

  private Submitted queue(
      Caller caller,
      RunRequest request,
      String idempotencyKey,
      List<RunInput> inputs,
      UUID define,
      String fingerprint,
      UUID retryOf)
      throws SQLException {
    String tenant = caller.tenant().value();
    UUID id = UUID.randomUUID();
    var arguments =
        Json.createObjectBuilder()
            .add("standard", request.standard())
            .add("standardVersion", request.standardVersion())
            .add("ctVersion", request.ctVersion())
            .add("maxFindingsPerRule", settings.maxFindingsPerRule())
            .add("timeoutMillis", settings.timeout().toMillis());
    if (define != null) {
      arguments.add("define", define.toString());
    }
    NewRun run =
        new NewRun(
            id,
            tenant,
            request.standard(),
            request.standardVersion(),
            request.ctVersion(),
            define,
            request.packageId(),
            idempotencyKey,
            fingerprint,
            settings.maxAttempts(),
            arguments.build().toString(),
            retryOf,
            caller.subject(),
            inputs,
            TraceParent.ofCurrentSpan());
    if (!records.insert(run)) {
      // Another request with the same key won the race: answer as it was answered.
      RunRow earlier = records.findByIdempotencyKey(tenant, idempotencyKey).orElseThrow();
      return replay(earlier, fingerprint);
    }
    metrics.submitted();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("state", "QUEUED");
    values.put("standard", request.standard() + " " + request.standardVersion());
    values.put("ctVersion", request.ctVersion());
    values.put("inputs", inputs.size());
    if (retryOf != null) {
      values.put("retryOf", retryOf.toString());
    }
    audit.record(
        caller.tenant(),
        caller.subject(),
        retryOf == null ? "run.queued" : "run.retried",
        "run",
        id.toString(),
        null,
        values,
        null);
    try (LogContext.Scope named = LogContext.withRun(id.toString())) {
      LOG.info("Run queued: " + id + " with " + inputs.size() + " input(s)");
    }
    return new Submitted(records.find(tenant, id).orElseThrow(), false);
  }

  // Fills inputs (datasets, then the define) and returns the define's upload id, or null.
  private UUID resolveInputs(Caller caller, RunRequest request, List<RunInput> inputs) {
    List<Upload> datasets = new ArrayList<>();
    Upload define = null;
    if (request.packageId() != null) {
      Upload pkg = upload(caller, request.packageId(), "package");
      if (pkg.format() != UploadFormat.ZIP) {
        throw new ProblemException(
            RunProblems.unprocessable(
                "'package' " + pkg.id() + " is " + pkg.format().label() + ", not a zip package"));
      }
      for (Upload entry : uploads.entriesOf(caller.tenant(), pkg.id())) {
        if (entry.format() == UploadFormat.DEFINE_XML) {
          if (define != null && request.define() == null) {
            throw new ProblemException(
                RunProblems.unprocessable(
                    "package "
                        + pkg.id()
                        + " holds more than one Define-XML; name the one to use in 'define'"));
          }
          define = entry;
        } else if (DATASETS.contains(entry.format())) {
          datasets.add(entry);
        }
      }
      if (datasets.isEmpty()) {
        throw new ProblemException(
            RunProblems.unprocessable("package " + pkg.id() + " holds no dataset"));
      }
    } else {
      for (UUID id : request.uploads()) {
        Upload upload = upload(caller, id, "uploads");
        if (!DATASETS.contains(upload.format())) {
          throw new ProblemException(
              RunProblems.unprocessable(
                  "upload "
                      + id
                      + " is "
                      + upload.format().label()
                      + "; 'uploads' takes datasets (xport, dataset-json, ndjson, dsjc)"
                      + (upload.format() == UploadFormat.ZIP
                          ? ", give a zip as 'package'"
                          : ", give a Define-XML as 'define'")));
        }
        datasets.add(upload);
      }
    }
    if (request.define() != null) {
      define = upload(caller, request.define(), "define");
      if (define.format() != UploadFormat.DEFINE_XML) {
        throw new ProblemException(
            RunProblems.unprocessable(
                "'define' " + define.id() + " is " + define.format().label() + ", not Define-XML"));
      }
    }
    for (Upload dataset : datasets) {
      inputs.add(input(dataset, RunInput.DATASET));
    }
    if (define != null) {
      if (datasets.stream().anyMatch(d -> d.id().equals(request.define()))) {
        throw new ProblemException(
            RunProblems.unprocessable("the define cannot also be a dataset"));
      }
      inputs.add(input(define, RunInput.DEFINE));
      return define.id().value();
    }
    return null;
  }

  private Upload upload(Caller caller, UUID id, String field) {
    return uploads
        .find(caller.tenant(), new UploadId(id))
        .orElseThrow(
            () ->
                new ProblemException(
                    RunProblems.unprocessable(
                        "'" + field + "': there is no upload " + id + " in your organisation")));
  }

  private static RunInput input(Upload upload, String role) {
    return new RunInput(
        upload.id().value(),
        role,
        upload.fileName(),
        upload.format().label(),
        upload.sizeBytes(),
        upload.sha256().hex());
  }

  // What the request means once resolved: the same key must mean the same run.
  private static String fingerprint(RunRequest request, UUID define, List<RunInput> inputs) {
    StringBuilder text =
        new StringBuilder()
            .append(request.standard())
            .append('|')
            .append(request.standardVersion())
            .append('|')
            .append(request.ctVersion())
            .append('|')
            .append(request.packageId())
            .append('|')
            .append(define);
    for (RunInput input : inputs) {
      text.append('|').append(input.uploadId()).append(':').append(input.sha256());
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return new Sha256(HexFormat.of().formatHex(digest)).hex();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Asks a run to stop; 404 when not the tenant's, 409 when already final. */
  public RunRow cancel(Caller caller, UUID id) throws SQLException {
    String tenant = caller.tenant().value();
    RunRow before =
        records
            .find(tenant, id)
            .orElseThrow(() -> new ProblemException(RunProblems.notFound(id.toString())));
    Optional<RunState> after = records.cancel(tenant, id);
    if (after.isEmpty()) {
      throw new ProblemException(
          RunProblems.conflict(
              "Run "
                  + id
                  + " already ended as "
                  + before.state()
                  + "; there is nothing to cancel."));
    }
    if (after.get() == RunState.FAILED) {
      metrics.finished(RunState.FAILED, FailureReason.CANCELLED);
    }
    audit.record(
        caller.tenant(),
        caller.subject(),
        "run.cancel-requested",
        "run",
        id.toString(),
        Map.of("state", before.state().name()),
        Map.of("state", after.get().name(), "cancelRequested", true),
        null);
    try (LogContext.Scope named = LogContext.withRun(id.toString())) {
      LOG.info("Run cancel requested: " + id + " (" + before.state() + " → " + after.get() + ")");
    }
    return records.find(tenant, id).orElseThrow();
  }

  /** Queues a new run with a failed run's inputs; 409 unless the run FAILED. */
  public Submitted retry(Caller caller, UUID id) throws SQLException {
    String tenant = caller.tenant().value();
    RunRow failed =
        records
            .find(tenant, id)
            .orElseThrow(() -> new ProblemException(RunProblems.notFound(id.toString())));
    if (failed.state() != RunState.FAILED) {
      throw new ProblemException(
          RunProblems.conflict(
              "Run "
                  + id
                  + " is "
                  + failed.state()
                  + "; only a FAILED run can be retried (submit a new run instead)."));
    }
    checkCanRun(failed.ctVersion());
    RunRequest request =
        new RunRequest(
            failed.packageUploadId() == null
                ? failed.inputs().stream()
                    .filter(i -> RunInput.DATASET.equals(i.role()))
                    .map(RunInput::uploadId)
                    .toList()
                : List.of(),
            failed.packageUploadId(),
            failed.standard(),
            failed.standardVersion(),
            failed.ctVersion(),
            failed.defineUploadId());
    List<RunInput> inputs = new ArrayList<>();
    UUID define = resolveInputs(caller, request, inputs);
    return queue(caller, request, null, inputs, define, fingerprint(request, define, inputs), id);
  }
}
