package com.trialsage.reports;

import com.trialsage.alerts.AlertEvent;
import com.trialsage.audit.AuditTrail;
import com.trialsage.persistence.SchemaMigration;
import com.trialsage.runs.RunRow;
import com.trialsage.runs.RunState;
import com.trialsage.storage.ObjectKeys;
import com.trialsage.storage.ObjectStore;
import com.trialsage.storage.StagedObject;
import com.trialsage.storage.VerifyingInputStream;
import com.trialsage.tenancy.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * A succeeded run's reports: rendered from the run's record on first request, stored once in object
 * storage with their SHA-256, and served from there, checked as they are read.
 */
@ApplicationScoped
public class RunReports {
  private static final Logger LOG = Logger.getLogger(RunReports.class.getName());
  // One instance renders a given report once at a time; two instances may both render, and the
  // first row written wins (the loser's object is deleted).
  private static final Metadata INTEGRITY_FAILURES =
      Metadata.builder()
          .withName("reports.integrity.failures")
          .withDescription("Stored reports whose bytes no longer matched their SHA-256")
          .build();
  private final Object[] renderLocks = new Object[64];

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject ObjectStore store;
  @Inject AuditTrail audit;
  @Inject MetricRegistry registry;
  @Inject Event<AlertEvent> alerts;
  @Inject Clock clock;

  public RunReports() {
    for (int i = 0; i < renderLocks.length; i++) {
      renderLocks[i] = new Object();
    }
  }

  /** Registers the integrity counter at zero, so the alert rule sees the first failure. */
  void registerAtZero(@Observes @Initialized(ApplicationScoped.class) Object started) {
    registry.counter(INTEGRITY_FAILURES);
  }

  /** The stored report, rendering and storing it first if this is its first request. */
  public StoredReport obtain(RunRow run, ReportFormat format) throws IOException, SQLException {
    if (run.state() != RunState.SUCCEEDED) {
      throw new IllegalArgumentException("run " + run.id() + " has not succeeded");
    }
    Optional<StoredReport> stored = find(run, format);
    if (stored.isPresent()) {
      return stored.get();
    }
    synchronized (renderLocks[Math.floorMod((run.id() + format.name()).hashCode(), 64)]) {
      stored = find(run, format);
      return stored.isPresent() ? stored.get() : render(run, format);
    }
  }

  /**
   * The report's bytes, hashed as they are read: a mismatch with the recorded SHA-256 fails the
   * read at its end, raises an alert and forgets the stored copy, so the next request renders the
   * report again from the run's record.
   */
  public InputStream open(StoredReport report) throws IOException {
    return new VerifyingInputStream(
        store.open(report.storageKey()),
        report.sha256(),
        report.sizeBytes(),
        "report " + report.format().pathWord() + " of run " + report.runId(),
        actual -> integrityFailed(report, actual));
  }

  private StoredReport render(RunRow run, ReportFormat format) throws IOException, SQLException {
    long started = System.nanoTime();
    Path file = Files.createTempFile("trialsage-report-", "." + format.fileExtension());
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        format.writer().write(new StoredReportSource(dataSource, run), out);
      }
      StagedObject staged;
      try (InputStream in = Files.newInputStream(file)) {
        staged = store.stage(new TenantId(run.tenant()), in);
      }
      try {
        store.publish(staged);
      } catch (IOException | RuntimeException e) {
        store.discard(staged);
        throw e;
      }
      Optional<StoredReport> written = insert(run, format, staged);
      if (written.isEmpty()) {
        store.delete(staged.key());
        return find(run, format).orElseThrow();
      }
      LOG.info(
          "Report "
              + format.pathWord()
              + " of run "
              + run.id()
              + " rendered: "
              + staged.sizeBytes()
              + " bytes in "
              + Duration.ofNanos(System.nanoTime() - started).toMillis()
              + " ms");
      return written.get();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private Optional<StoredReport> find(RunRow run, ReportFormat format) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT storage_key, sha256, size_bytes, created_at FROM run_reports"
                    + " WHERE tenant_id = ? AND run_id = ? AND format = ?")) {
      select.setString(1, run.tenant());
      select.setObject(2, run.id());
      select.setString(3, format.pathWord());
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new StoredReport(
                run.id(),
                run.tenant(),
                format,
                ObjectKeys.checked(row.getString(1)),
                row.getString(2),
                row.getLong(3),
                row.getObject(4, OffsetDateTime.class)));
      }
    }
  }

  private Optional<StoredReport> insert(RunRow run, ReportFormat format, StagedObject staged)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO run_reports (run_id, tenant_id, format, storage_key, sha256,"
                    + " size_bytes) VALUES (?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (run_id, format) DO NOTHING RETURNING created_at")) {
      insert.setObject(1, run.id());
      insert.setString(2, run.tenant());
      insert.setString(3, format.pathWord());
      insert.setString(4, staged.key());
      insert.setString(5, staged.sha256());
      insert.setLong(6, staged.sizeBytes());
      try (ResultSet row = insert.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new StoredReport(
                run.id(),
                run.tenant(),
                format,
                staged.key(),
                staged.sha256(),
                staged.sizeBytes(),
                row.getObject(1, OffsetDateTime.class)));
      }
    }
  }

  private void integrityFailed(StoredReport report, String actual) {
    registry.counter(INTEGRITY_FAILURES).inc();
    LOG.severe(
        "ALERT stored report "
            + report.format().pathWord()
            + " of run "
            + report.runId()
            + " does not match its SHA-256 (recorded "
            + report.sha256()
            + ", found "
            + actual
            + "); it will be rendered again");
    alerts.fire(
        AlertEvent.firing(
            "report-integrity-" + report.runId() + "-" + report.format().pathWord(),
            AlertEvent.Severity.ERROR,
            "A stored validation report failed its checksum",
            Map.of(
                "run", report.runId().toString(),
                "format", report.format().pathWord(),
                "expectedSha256", report.sha256(),
                "found", actual),
            clock.instant()));
    audit.record(
        new TenantId(report.tenant()),
        "system",
        "report.integrity-failed",
        "run",
        report.runId().toString(),
        null,
        Map.of(
            "format",
            report.format().pathWord(),
            "expectedSha256",
            report.sha256(),
            "actual",
            actual),
        "stored report bytes do not match the recorded SHA-256");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement forget =
            connection.prepareStatement(
                "DELETE FROM run_reports WHERE run_id = ? AND format = ? AND storage_key = ?")) {
      forget.setObject(1, report.runId());
      forget.setString(2, report.format().pathWord());
      forget.setString(3, report.storageKey());
      forget.executeUpdate();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Could not forget the damaged report of run " + report.runId(), e);
    }
  }
}
