package com.trialsage.runs;

import com.trialsage.persistence.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads and writes run rows and their inputs with plain JDBC (JSONB and nullable UUID columns are
 * where EclipseLink 4.0 struggles). Every read for a caller takes the tenant: another tenant's run
 * is simply not found.
 */
@ApplicationScoped
public class RunRecords {
  static final String COLUMNS =
      "id, tenant_id, state, phase, failure_reason, failure_detail, standard, standard_version,"
          + " ct_version, define_upload_id, package_upload_id, idempotency_key, request_sha256,"
          + " attempts, max_attempts, cancel_requested, engine_version, catalog_sha256, exit_code,"
          + " created_by, created_at, started_at, finished_at, summary::text, timings::text,"
          + " arguments::text, retry_of, findings_total, findings_stored";

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  /** Which page of a tenant's runs, newest first. */
  public record Page(RunState state, OffsetDateTime createdBefore, UUID beforeId, int limit) {}

  /**
   * Inserts the run and its inputs and wakes the workers, in one transaction.
   *
   * @return false when the tenant already has a run with this idempotency key (nothing inserted)
   */
  boolean insert(NewRun run) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        if (!insertRun(connection, run)) {
          connection.rollback();
          return false;
        }
        insertInputs(connection, run);
        try (var notify = connection.createStatement()) {
          notify.execute("NOTIFY " + RunQueue.CHANNEL);
        }
        connection.commit();
        return true;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  private static boolean insertRun(Connection connection, NewRun run) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO runs (id, tenant_id, state, phase, standard, standard_version,"
                + " ct_version, define_upload_id, package_upload_id, idempotency_key,"
                + " request_sha256, max_attempts, arguments, retry_of, created_by, trace_parent)"
                + " VALUES (?, ?, 'QUEUED', 'queued', ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?,"
                + " ?)"
                + " ON CONFLICT (tenant_id, idempotency_key) DO NOTHING")) {
      insert.setObject(1, run.id());
      insert.setString(2, run.tenant());
      insert.setString(3, run.standard());
      insert.setString(4, run.standardVersion());
      insert.setString(5, run.ctVersion());
      insert.setObject(6, run.defineUploadId(), Types.OTHER);
      insert.setObject(7, run.packageUploadId(), Types.OTHER);
      insert.setString(8, run.idempotencyKey());
      insert.setString(9, run.requestSha256());
      insert.setInt(10, run.maxAttempts());
      insert.setString(11, run.argumentsJson());
      insert.setObject(12, run.retryOf(), Types.OTHER);
      insert.setString(13, run.createdBy());
      insert.setString(14, run.traceParent());
      return insert.executeUpdate() == 1;
    }
  }

  private static void insertInputs(Connection connection, NewRun run) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO run_inputs (run_id, upload_id, sha256, role, file_name, format,"
                + " size_bytes, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      int position = 0;
      for (RunInput input : run.inputs()) {
        insert.setObject(1, run.id());
        insert.setObject(2, input.uploadId());
        insert.setString(3, input.sha256());
        insert.setString(4, input.role());
        insert.setString(5, input.fileName());
        insert.setString(6, input.format());
        insert.setLong(7, input.sizeBytes());
        insert.setInt(8, position++);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  public Optional<RunRow> find(String tenant, UUID id) throws SQLException {
    return findWhere("tenant_id = ? AND id = ?", tenant, id);
  }

  /** Any tenant's run, for workers acting for the system. */
  Optional<RunRow> findForWorker(UUID id) throws SQLException {
    return findWhere("id = ?", id);
  }

  Optional<RunRow> findByIdempotencyKey(String tenant, String key) throws SQLException {
    return findWhere("tenant_id = ? AND idempotency_key = ?", tenant, key);
  }

  private Optional<RunRow> findWhere(String where, Object... values) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      List<RunRow> rows =
          select(connection, "SELECT " + COLUMNS + " FROM runs WHERE " + where, values);
      if (rows.isEmpty()) {
        return Optional.empty();
      }
      RunRow row = rows.get(0);
      return Optional.of(row.withInputs(inputs(connection, row.id())));
    }
  }

  /** One page of a tenant's runs, newest first, without inputs. */
  public List<RunRow> page(String tenant, Page page) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM runs WHERE tenant_id = ?");
    List<Object> values = new ArrayList<>(List.of(tenant));
    if (page.state() != null) {
      sql.append(" AND state = ?");
      values.add(page.state().name());
    }
    if (page.createdBefore() != null) {
      sql.append(" AND (created_at, id) < (?, ?)");
      values.add(page.createdBefore());
      values.add(page.beforeId());
    }
    sql.append(" ORDER BY created_at DESC, id DESC LIMIT ?");
    values.add(page.limit());
    try (Connection connection = dataSource.getConnection()) {
      return select(connection, sql.toString(), values.toArray());
    }
  }

  /**
   * Asks a run to stop: a queued run fails at once as CANCELLED; a running one is flagged for its
   * worker (and the workers are told).
   *
   * @return the run's state after the request, empty when the tenant has no such run
   */
  Optional<RunState> cancel(String tenant, UUID id) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE runs SET cancel_requested = true,"
                  + " state = CASE WHEN state = 'QUEUED' THEN 'FAILED' ELSE state END,"
                  + " failure_reason = CASE WHEN state = 'QUEUED' THEN 'CANCELLED'"
                  + "   ELSE failure_reason END,"
                  + " failure_detail = CASE WHEN state = 'QUEUED' THEN 'cancelled before it started'"
                  + "   ELSE failure_detail END,"
                  + " phase = CASE WHEN state = 'QUEUED' THEN 'done' ELSE phase END,"
                  + " finished_at = CASE WHEN state = 'QUEUED' THEN now() ELSE finished_at END"
                  + " WHERE tenant_id = ? AND id = ? AND state IN ('QUEUED', 'RUNNING')"
                  + " RETURNING state")) {
        update.setString(1, tenant);
        update.setObject(2, id);
        Optional<RunState> state;
        try (ResultSet row = update.executeQuery()) {
          state = row.next() ? Optional.of(RunState.valueOf(row.getString(1))) : Optional.empty();
        }
        if (state.isPresent() && state.get() == RunState.RUNNING) {
          try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, RunQueue.CANCEL_CHANNEL);
            notify.setString(2, id.toString());
            notify.execute();
          }
        }
        connection.commit();
        return state;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  void setPhase(ClaimedRun run, String phase) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE runs SET phase = ? WHERE id = ? AND lease_owner = ? AND attempts = ?")) {
      update.setString(1, phase);
      update.setObject(2, run.id());
      update.setString(3, run.worker());
      update.setInt(4, run.attempt());
      update.executeUpdate();
    }
  }

  private static List<RunRow> select(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        select.setObject(i + 1, values[i]);
      }
      List<RunRow> rows = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          rows.add(map(row));
        }
      }
      return rows;
    }
  }

  private static RunRow map(ResultSet row) throws SQLException {
    return new RunRow(
        row.getObject(1, UUID.class),
        row.getString(2),
        RunState.valueOf(row.getString(3)),
        row.getString(4),
        row.getString(5),
        row.getString(6),
        row.getString(7),
        row.getString(8),
        row.getString(9),
        row.getObject(10, UUID.class),
        row.getObject(11, UUID.class),
        row.getString(12),
        row.getString(13),
        row.getInt(14),
        row.getInt(15),
        row.getBoolean(16),
        row.getString(17),
        row.getString(18),
        (Integer) row.getObject(19),
        row.getString(20),
        row.getObject(21, OffsetDateTime.class),
        row.getObject(22, OffsetDateTime.class),
        row.getObject(23, OffsetDateTime.class),
        row.getString(24),
        row.getString(25),
        row.getString(26),
        row.getObject(27, UUID.class),
        (Long) row.getObject(28),
        (Long) row.getObject(29),
        List.of());
  }

  private static List<RunInput> inputs(Connection connection, UUID run) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT upload_id, role, file_name, format, size_bytes, sha256 FROM run_inputs"
                + " WHERE run_id = ? ORDER BY position, upload_id")) {
      select.setObject(1, run);
      List<RunInput> inputs = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          inputs.add(
              new RunInput(
                  row.getObject(1, UUID.class),
                  row.getString(2),
                  row.getString(3),
                  row.getString(4),
                  row.getLong(5),
                  row.getString(6)));
        }
      }
      return inputs;
    }
  }
}
