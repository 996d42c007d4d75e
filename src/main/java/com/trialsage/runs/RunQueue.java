package com.trialsage.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The run queue: rows of {@code runs}, claimed in short transactions and leased, never holding a
 * transaction open while the engine runs. Times are the database's ({@code now()}), so instances
 * with skewed clocks agree on leases.
 *
 * <p>Delivery is at least once: a run whose lease expires is claimed again (up to its {@code
 * max_attempts}), so every write of results is conditional on the claim's attempt.
 */
public final class RunQueue {
  /** The channel {@code NOTIFY} wakes workers on when a run is queued. */
  public static final String CHANNEL = "trialsage_runs";

  /** The channel a cancellation of a running run is announced on (payload: the run id). */
  public static final String CANCEL_CHANNEL = "trialsage_run_cancel";

  // One claim at a time cluster-wide (an advisory lock held for the few milliseconds of the
  // claim): it keeps the per-tenant count of running runs exact.
  private static final long CLAIM_LOCK = 0x7472_6961_6c73_6167L;

  private static final String CLAIM =
      "UPDATE runs r SET state = 'RUNNING', attempts = r.attempts + 1, lease_owner = ?,"
          + " lease_until = now() + make_interval(secs => ?),"
          + " started_at = coalesce(r.started_at, now())"
          + " WHERE r.id = ("
          + "   SELECT q.id FROM runs q JOIN tenants t ON t.id = q.tenant_id"
          + "   WHERE q.state = 'QUEUED' AND NOT q.cancel_requested"
          + "   AND (SELECT count(*) FROM runs x WHERE x.tenant_id = q.tenant_id"
          + "        AND x.state = 'RUNNING') < coalesce(t.max_concurrent_runs, ?)"
          + "   ORDER BY q.created_at, q.id FOR UPDATE OF q SKIP LOCKED LIMIT 1)"
          + " RETURNING r.id, r.tenant_id, r.attempts, r.trace_parent";

  private static final String RENEW =
      "UPDATE runs SET lease_until = now() + make_interval(secs => ?)"
          + " WHERE id = ? AND state = 'RUNNING' AND lease_owner = ? AND attempts = ?"
          + " RETURNING cancel_requested";

  private static final String FINISH =
      "UPDATE runs SET state = ?, failure_reason = ?, failure_detail = ?, exit_code = ?,"
          + " finished_at = now(), lease_owner = NULL, lease_until = NULL, phase = 'done'"
          + " WHERE id = ? AND state = 'RUNNING' AND lease_owner = ? AND attempts = ?";

  private static final String COMPLETE =
      "UPDATE runs SET state = 'SUCCEEDED', exit_code = ?, engine_version = ?,"
          + " catalog_sha256 = ?, summary = CAST(? AS jsonb), timings = CAST(? AS jsonb),"
          + " findings_total = ?, findings_stored = ?, failure_reason = NULL,"
          + " failure_detail = NULL, finished_at = now(), lease_owner = NULL, lease_until = NULL,"
          + " phase = 'done'"
          + " WHERE id = ? AND state = 'RUNNING' AND lease_owner = ? AND attempts = ?";

  // Gives a claim back without using up an attempt: the run could not start here (the breaker
  // was open, or the instance is shutting down).
  private static final String RELEASE =
      "UPDATE runs SET state = 'QUEUED', attempts = attempts - 1, lease_owner = NULL,"
          + " lease_until = NULL, phase = 'queued',"
          + " started_at = CASE WHEN attempts = 1 THEN NULL ELSE started_at END"
          + " WHERE id = ? AND state = 'RUNNING' AND lease_owner = ? AND attempts = ?";

  // Puts a claim back after a transient failure (storage unreachable), using up the attempt.
  private static final String RETRY_LATER =
      "UPDATE runs SET"
          + " state = CASE WHEN attempts >= max_attempts THEN 'FAILED' ELSE 'QUEUED' END,"
          + " failure_reason = CASE WHEN attempts >= max_attempts THEN ? END,"
          + " failure_detail = ?,"
          + " finished_at = CASE WHEN attempts >= max_attempts THEN now() END,"
          + " phase = CASE WHEN attempts >= max_attempts THEN 'done' ELSE 'queued' END,"
          + " lease_owner = NULL, lease_until = NULL"
          + " WHERE id = ? AND state = 'RUNNING' AND lease_owner = ? AND attempts = ?"
          + " RETURNING state";

  private static final String REAP =
      "UPDATE runs SET"
          + " state = CASE WHEN attempts >= max_attempts THEN 'FAILED' ELSE 'QUEUED' END,"
          + " failure_reason = CASE WHEN attempts >= max_attempts THEN 'LEASE_EXPIRED' END,"
          + " failure_detail = CASE WHEN attempts >= max_attempts"
          + "   THEN 'every attempt''s lease expired' END,"
          + " finished_at = CASE WHEN attempts >= max_attempts THEN now() END,"
          + " phase = CASE WHEN attempts >= max_attempts THEN 'done' ELSE 'queued' END,"
          + " lease_owner = NULL, lease_until = NULL"
          + " WHERE state = 'RUNNING' AND lease_until < now()"
          + " RETURNING id, tenant_id, attempts, state";

  private final DataSource dataSource;
  private final Duration lease;
  private final int defaultMaxConcurrentRunsPerTenant;

  public RunQueue(DataSource dataSource, Duration lease, int defaultMaxConcurrentRunsPerTenant) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.lease = Objects.requireNonNull(lease, "lease");
    if (lease.toMillis() < 1000) {
      throw new IllegalArgumentException("a lease shorter than one second is renewed too often");
    }
    if (defaultMaxConcurrentRunsPerTenant < 1) {
      throw new IllegalArgumentException(
          "the per-tenant cap on concurrent runs must be at least 1, was "
              + defaultMaxConcurrentRunsPerTenant);
    }
    this.defaultMaxConcurrentRunsPerTenant = defaultMaxConcurrentRunsPerTenant;
  }

  /**
   * Claims the oldest queued run whose tenant is below its cap of concurrent runs.
   *
   * @param worker a name unique to this worker slot of this instance
   */
  public Optional<ClaimedRun> claim(String worker) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        Optional<ClaimedRun> claimed = claimIn(connection, worker);
        connection.commit();
        return claimed;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  private Optional<ClaimedRun> claimIn(Connection connection, String worker) throws SQLException {
    try (Statement lock = connection.createStatement()) {
      lock.execute("SELECT pg_advisory_xact_lock(" + CLAIM_LOCK + ")");
    }
    try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
      claim.setString(1, worker);
      claim.setDouble(2, lease.toMillis() / 1000.0);
      claim.setInt(3, defaultMaxConcurrentRunsPerTenant);
      try (ResultSet row = claim.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new ClaimedRun(
                row.getObject(1, UUID.class),
                row.getString(2),
                row.getInt(3),
                worker,
                row.getString(4)));
      }
    }
  }

  /**
   * Extends the lease of a run this worker still holds.
   *
   * @return empty when the lease was lost (reaped and claimed again, or finished elsewhere): the
   *     worker must stop and write nothing; otherwise whether a user asked to cancel the run
   */
  public Optional<Boolean> renew(ClaimedRun run) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement renew = connection.prepareStatement(RENEW)) {
      renew.setDouble(1, lease.toMillis() / 1000.0);
      renew.setObject(2, run.id());
      renew.setString(3, run.worker());
      renew.setInt(4, run.attempt());
      try (ResultSet row = renew.executeQuery()) {
        return row.next() ? Optional.of(row.getBoolean(1)) : Optional.empty();
      }
    }
  }

  /** Ends a held run as SUCCEEDED; false when this worker no longer held it. */
  public boolean succeed(ClaimedRun run, int exitCode) throws SQLException {
    return finish(run, RunState.SUCCEEDED, null, null, exitCode);
  }

  /** Ends a held run as FAILED; false when this worker no longer held it. */
  public boolean fail(ClaimedRun run, FailureReason reason, String detail, Integer exitCode)
      throws SQLException {
    Objects.requireNonNull(reason, "reason");
    return finish(run, RunState.FAILED, reason, detail, exitCode);
  }

  private boolean finish(
      ClaimedRun run, RunState state, FailureReason reason, String detail, Integer exitCode)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement finish = connection.prepareStatement(FINISH)) {
      finish.setString(1, state.name());
      finish.setString(2, reason == null ? null : reason.name());
      finish.setString(3, detail);
      finish.setObject(4, exitCode);
      finish.setObject(5, run.id());
      finish.setString(6, run.worker());
      finish.setInt(7, run.attempt());
      return finish.executeUpdate() == 1;
    }
  }

  /** Ends a held run as SUCCEEDED with its records; false when this worker no longer held it. */
  public boolean complete(ClaimedRun run, Completion done) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement complete = connection.prepareStatement(COMPLETE)) {
      complete.setInt(1, done.exitCode());
      complete.setString(2, done.engineVersion());
      complete.setString(3, done.catalogSha256());
      complete.setString(4, done.summaryJson());
      complete.setString(5, done.timingsJson());
      complete.setLong(6, done.findingsTotal());
      complete.setLong(7, done.findingsStored());
      complete.setObject(8, run.id());
      complete.setString(9, run.worker());
      complete.setInt(10, run.attempt());
      return complete.executeUpdate() == 1;
    }
  }

  /** What a successful run leaves in its row. */
  public record Completion(
      int exitCode,
      String engineVersion,
      String catalogSha256,
      String summaryJson,
      String timingsJson,
      long findingsTotal,
      long findingsStored) {}

  /** Gives the claim back without using up an attempt; false when no longer held. */
  public boolean release(ClaimedRun run) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement release = connection.prepareStatement(RELEASE)) {
      release.setObject(1, run.id());
      release.setString(2, run.worker());
      release.setInt(3, run.attempt());
      boolean released = release.executeUpdate() == 1;
      if (released) {
        notifyWorkers();
      }
      return released;
    }
  }

  /**
   * Re-queues a held run after a transient failure, or fails it with {@code reason} once it has
   * used all its attempts.
   *
   * @return the run's new state, empty when no longer held
   */
  public Optional<RunState> retryLater(ClaimedRun run, FailureReason reason, String detail)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement retry = connection.prepareStatement(RETRY_LATER)) {
      retry.setString(1, reason.name());
      retry.setString(2, detail);
      retry.setObject(3, run.id());
      retry.setString(4, run.worker());
      retry.setInt(5, run.attempt());
      try (ResultSet row = retry.executeQuery()) {
        return row.next() ? Optional.of(RunState.valueOf(row.getString(1))) : Optional.empty();
      }
    }
  }

  /**
   * Puts every run whose lease has expired back in the queue, or fails it when it has used all its
   * attempts.
   *
   * @return the runs it touched
   */
  public List<ReapedRun> reapExpiredLeases() throws SQLException {
    List<ReapedRun> reaped = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement reap = connection.prepareStatement(REAP);
        ResultSet rows = reap.executeQuery()) {
      while (rows.next()) {
        reaped.add(
            new ReapedRun(
                rows.getObject(1, UUID.class),
                rows.getString(2),
                rows.getInt(3),
                RunState.valueOf(rows.getString(4))));
      }
    }
    if (!reaped.isEmpty()) {
      notifyWorkers();
    }
    return reaped;
  }

  /** Wakes the workers of every instance (they also poll, in case a notification is lost). */
  public void notifyWorkers() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement notify = connection.createStatement()) {
      notify.execute("NOTIFY " + CHANNEL);
    }
  }
}
