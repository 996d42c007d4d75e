package com.trialsage.runs;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Objects;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Stores a run's findings with PostgreSQL {@code COPY}, in one transaction that first checks the
 * claim is still this worker's and removes what an earlier attempt wrote: storing the findings of
 * one run and attempt twice leaves one copy, and a worker that lost its lease writes nothing.
 */
public final class FindingsStore {
  private static final String COPY =
      "COPY findings (tenant_id, run_id, attempt, rule_id, severity, dataset, record_number,"
          + " usubjid, variable, value, message) FROM STDIN";

  private final DataSource dataSource;

  public FindingsStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * Replaces the findings of {@code run} with {@code findings}.
   *
   * @return the number stored, or -1 when the worker no longer holds the run (nothing written)
   */
  public long replace(ClaimedRun run, Iterator<Finding> findings) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        if (!stillHeld(connection, run)) {
          connection.rollback();
          return -1;
        }
        deleteEarlier(connection, run);
        long stored = copy(connection, run, findings);
        connection.commit();
        return stored;
      } catch (SQLException | IOException | RuntimeException e) {
        connection.rollback();
        throw e instanceof SQLException s ? s : new SQLException("COPY of findings failed", e);
      }
    }
  }

  // Locks the run row until commit: the reaper cannot hand the run to another worker meanwhile.
  private static boolean stillHeld(Connection connection, ClaimedRun run) throws SQLException {
    try (PreparedStatement held =
        connection.prepareStatement(
            "SELECT 1 FROM runs WHERE id = ? AND state = 'RUNNING' AND lease_owner = ?"
                + " AND attempts = ? FOR UPDATE")) {
      held.setObject(1, run.id());
      held.setString(2, run.worker());
      held.setInt(3, run.attempt());
      try (ResultSet row = held.executeQuery()) {
        return row.next();
      }
    }
  }

  private static void deleteEarlier(Connection connection, ClaimedRun run) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM findings WHERE run_id = ?")) {
      delete.setObject(1, run.id());
      delete.executeUpdate();
    }
  }

  private static long copy(Connection connection, ClaimedRun run, Iterator<Finding> findings)
      throws SQLException, IOException {
    CopyIn copyIn = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
    long count = 0;
    try (Writer out =
        new java.io.BufferedWriter(
            new java.io.OutputStreamWriter(
                new PGCopyOutputStream(copyIn, 1 << 16), java.nio.charset.StandardCharsets.UTF_8),
            1 << 16)) {
      String prefix = run.tenant() + '\t' + run.id() + '\t' + run.attempt() + '\t';
      while (findings.hasNext()) {
        Finding finding = findings.next();
        out.write(prefix);
        writeRow(out, finding);
        count++;
      }
    }
    return count;
  }

  private static void writeRow(Writer out, Finding f) throws IOException {
    field(out, f.ruleId(), '\t');
    field(out, f.severity(), '\t');
    field(out, f.dataset(), '\t');
    field(out, f.record() == null ? null : f.record().toString(), '\t');
    field(out, f.usubjid(), '\t');
    field(out, f.variable(), '\t');
    field(out, f.value(), '\t');
    field(out, f.message(), '\n');
  }

  /** One field in COPY's text format: backslash escapes, {@code \N} for null. */
  static void field(Writer out, String value, char terminator) throws IOException {
    if (value == null) {
      out.write("\\N");
    } else {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '\\' -> out.write("\\\\");
          case '\t' -> out.write("\\t");
          case '\n' -> out.write("\\n");
          case '\r' -> out.write("\\r");
          case '\0' -> out.write("\\\\0"); // PostgreSQL text cannot hold NUL: keep it visible
          default -> out.write(c);
        }
      }
    }
    out.write(terminator);
  }
}
