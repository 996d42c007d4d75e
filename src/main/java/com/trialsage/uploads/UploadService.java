package com.trialsage.uploads;

import com.trialsage.audit.AuditTrail;
import com.trialsage.logging.LogContext;
import com.trialsage.storage.IntegrityIOException;
import com.trialsage.storage.ObjectStore;
import com.trialsage.storage.StagedObject;
import com.trialsage.storage.VerifyingInputStream;
import com.trialsage.tenancy.Caller;
import com.trialsage.tenancy.TenantId;
import com.trialsage.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accepts, verifies and deletes uploads. Order of work, so that a row always has its object: the
 * bytes are staged (hashed, fsynced), checked, published, and only then is the row inserted. A
 * crash between publishing and inserting leaves an unreferenced object that the orphan scan removes
 * after its grace period; nothing visible ever lacks its bytes.
 */
@ApplicationScoped
public class UploadService {
  private static final Logger LOG = Logger.getLogger(UploadService.class.getName());

  @Inject ObjectStore store;
  @Inject UploadRecords records;
  @Inject UploadMetrics metrics;
  @Inject AuditTrail audit;
  @Inject Event<IntegrityAlert> alerts;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "trialsage.uploads.max-bytes", defaultValue = "8589934592")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "trialsage.uploads.package.max-entries", defaultValue = "1000")
  int packageMaxEntries;

  @Inject
  @ConfigProperty(
      name = "trialsage.uploads.package.max-expanded-bytes",
      defaultValue = "8589934592")
  long packageMaxExpandedBytes;

  @Inject
  @ConfigProperty(name = "trialsage.uploads.package.max-ratio", defaultValue = "100")
  int packageMaxRatio;

  /** An accepted upload and, for a package, the uploads made from its entries. */
  public record Accepted(Upload upload, List<Upload> entries, int skippedEntries) {}

  /**
   * Streams {@code body} to storage and records it.
   *
   * @param expected the SHA-256 the client announced, if any
   * @throws ProblemException for every refusal; nothing is kept then
   */
  public Accepted accept(
      Caller caller, InputStream body, String fileName, Optional<Sha256> expected, String header)
      throws IOException {
    TenantId tenant = caller.tenant();
    TenantAllowance allowance = records.allowance(tenant);
    byte[] head = body.readNBytes(FormatSniffer.HEAD_BYTES);
    UploadFormat format =
        FormatSniffer.sniff(head)
            .orElseThrow(() -> rejected("format", UploadProblems.unsupportedFormat()));

    long limit = Math.min(maxBytes, allowance.remainingBytes());
    StagedObject staged = stage(tenant, head, body, limit, allowance);
    Sha256 actual = new Sha256(staged.sha256());
    if (expected.isPresent() && !expected.get().equals(actual)) {
      store.discard(staged);
      throw rejected("digest", UploadProblems.digestMismatch(header, expected.get(), actual));
    }
    store.publish(staged);

    List<String> published = new ArrayList<>(List.of(staged.key()));
    try {
      Accepted accepted = record(caller, staged, fileName, format, allowance, published);
      metrics.accepted(staged.sizeBytes());
      LOG.info(
          "Upload accepted: "
              + accepted.upload().id()
              + " "
              + format.label()
              + " "
              + staged.sizeBytes()
              + " bytes"
              + (accepted.entries().isEmpty()
                  ? ""
                  : ", " + accepted.entries().size() + " entries"));
      return accepted;
    } catch (RuntimeException | IOException e) {
      deleteQuietly(published);
      throw e;
    }
  }

  private StagedObject stage(
      TenantId tenant, byte[] head, InputStream body, long limit, TenantAllowance allowance)
      throws IOException {
    InputStream content =
        new LimitedInputStream(
            new SequenceInputStream(new ByteArrayInputStream(head), body), limit);
    try {
      return store.stage(tenant, content);
    } catch (ByteLimitExceededException e) {
      if (limit >= maxBytes) {
        throw rejected("size", UploadProblems.tooLarge(maxBytes));
      }
      throw rejected(
          "quota",
          UploadProblems.quotaExceeded(allowance.quotaBytes(), allowance.usedBytes(), limit + 1));
    }
  }

  private Accepted record(
      Caller caller,
      StagedObject staged,
      String fileName,
      UploadFormat format,
      TenantAllowance allowance,
      List<String> published)
      throws IOException {
    Instant now = clock.instant();
    Instant expiresAt = now.plus(Duration.ofDays(allowance.retentionDays()));
    UploadId id = UploadId.random();
    Upload upload =
        new Upload(
            id,
            caller.tenant(),
            null,
            fileName,
            format,
            staged.sizeBytes(),
            new Sha256(staged.sha256()),
            staged.key(),
            caller.subject(),
            now,
            expiresAt);
    List<Upload> entries = new ArrayList<>();
    int skipped = 0;
    if (format == UploadFormat.ZIP) {
      PackageExpander.Summary summary = expand(caller, upload, expiresAt, entries, published);
      skipped = summary.skipped();
    }
    List<Upload> rows = new ArrayList<>(List.of(upload));
    rows.addAll(entries);
    try {
      records.insertWithinQuota(caller.tenant(), rows, caller.subject());
    } catch (QuotaExceededException e) {
      throw rejected(
          "quota", UploadProblems.quotaExceeded(e.quotaBytes(), e.usedBytes(), e.requestedBytes()));
    }
    return new Accepted(upload, entries, skipped);
  }

  private PackageExpander.Summary expand(
      Caller caller, Upload pkg, Instant expiresAt, List<Upload> entries, List<String> published)
      throws IOException {
    PackageLimits limits = packageLimits();
    try (InputStream zip = store.open(pkg.storageKey())) {
      return new PackageExpander(limits)
          .expand(
              zip,
              (name, format, content) -> {
                StagedObject entry = store.stage(caller.tenant(), content);
                store.publish(entry);
                published.add(entry.key());
                entries.add(
                    new Upload(
                        UploadId.random(),
                        caller.tenant(),
                        pkg.id(),
                        FileNames.clean(name),
                        format,
                        entry.sizeBytes(),
                        new Sha256(entry.sha256()),
                        entry.key(),
                        caller.subject(),
                        pkg.createdAt(),
                        expiresAt));
              });
    } catch (UnsafePackageException e) {
      throw rejected("package", UploadProblems.unsafePackage(e.getMessage(), limits));
    }
  }

  PackageLimits packageLimits() {
    return new PackageLimits(packageMaxEntries, packageMaxExpandedBytes, packageMaxRatio);
  }

  /**
   * Checks an upload's stored bytes against its recorded SHA-256 and size; called before every use
   * (a validation run) and by the scrubber. A mismatch is counted, audited and alerted.
   *
   * @throws IntegrityException when the bytes differ or are gone
   */
  public Upload verify(TenantId tenant, UploadId id, String context) {
    Upload upload =
        records
            .find(tenant, id)
            .orElseThrow(() -> new IllegalArgumentException("no upload " + id + " of " + tenant));
    verify(upload, context);
    return upload;
  }

  void verify(Upload upload, String context) {
    String actual;
    try (InputStream content = store.open(upload.storageKey())) {
      actual = Hashing.sha256Of(content, upload.sizeBytes());
    } catch (IOException e) {
      actual = "missing";
    }
    if (!actual.equals(upload.sha256().hex())) {
      integrityFailed(upload, actual, context);
    }
  }

  /** Records and alerts an integrity failure, then throws it. */
  void integrityFailed(Upload upload, String actual, String context) {
    metrics.integrityFailure();
    LOG.log(
        Level.SEVERE,
        "ALERT upload integrity failure: "
            + upload.id()
            + " of "
            + upload.tenant()
            + " expected sha256 "
            + upload.sha256()
            + ", found "
            + actual
            + " ("
            + context
            + ")");
    audit.record(
        upload.tenant(),
        "system",
        "upload.integrity-failed",
        "upload",
        upload.id().toString(),
        null,
        Map.of("expectedSha256", upload.sha256().hex(), "actual", actual, "context", context),
        "stored bytes do not match the recorded SHA-256");
    alerts.fire(
        new IntegrityAlert(upload.tenant(), upload.id(), upload.sha256().hex(), actual, context));
    throw new IntegrityException(upload.id(), "upload " + upload.id() + " failed verification");
  }

  /** The stored bytes, checked against the SHA-256 as they are read (the read fails at the end). */
  public InputStream openVerified(Upload upload) throws IOException {
    return openVerified(upload, "download");
  }

  /**
   * As {@link #openVerified(Upload)}, naming the use in the integrity alert ({@code download},
   * {@code run}); a mismatch ends the read with {@link IntegrityIOException}.
   */
  public InputStream openVerified(Upload upload, String context) throws IOException {
    return new VerifyingInputStream(
        store.open(upload.storageKey()),
        upload.sha256().hex(),
        upload.sizeBytes(),
        "upload " + upload.id(),
        actual -> {
          try {
            integrityFailed(upload, actual, context);
          } catch (IntegrityException e) {
            // Already recorded; the stream turns it into an IOException.
          }
        });
  }

  /**
   * Deletes an upload (and a package's entries) with an audit record, then its objects.
   *
   * @return false when a validation run uses it, which keeps it
   */
  public boolean delete(Upload upload, String subject, String action, String reason) {
    if (records.usedByRun(upload.id())) {
      return false;
    }
    List<Upload> deleted = records.deleteAudited(upload, subject, action, reason);
    deleteQuietly(deleted.stream().map(Upload::storageKey).toList());
    try (LogContext.Scope tenant = LogContext.withTenant(upload.tenant().value())) {
      LOG.info("Upload deleted (" + action + "): " + upload.id());
    }
    return true;
  }

  private void deleteQuietly(List<String> keys) {
    for (String key : keys) {
      try {
        store.delete(key);
      } catch (IOException | RuntimeException e) {
        // The row is gone or was never written: the orphan scan removes the object later.
        LOG.log(Level.WARNING, "Could not delete object " + key + ": " + e.getMessage());
      }
    }
  }

  private ProblemException rejected(String reason, com.trialsage.web.Problem problem) {
    metrics.rejected(reason);
    LOG.fine("Upload rejected (" + reason + "): " + problem.detail());
    return new ProblemException(problem);
  }
}
