package com.trialsage.audit;

import com.trialsage.testing.MigratedDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Appends chained audit events over JDBC with the same canonical form and hash as {@link
 * AuditTrail}, and tampers with them the way someone with the table owner's rights could.
 */
final class TestChain {
  private TestChain() {}

  /** Appends an event to the tenant's chain and returns its id. */
  static long append(String tenant, String action, Map<String, ?> newValue) throws SQLException {
    try (Connection connection = MigratedDatabase.dataSource().getConnection()) {
      AuditHash.Row row =
          new AuditHash.Row(
              tenant,
              Instant.now().truncatedTo(ChronoUnit.MICROS),
              "alice",
              action,
              "upload",
              "u-1",
              null,
              AuditHash.canonicalJson(newValue),
              null,
              "request-1",
              lastHash(connection, tenant));
      return insert(connection, row, AuditHash.of(row));
    }
  }

  private static String lastHash(Connection connection, String tenant) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT hash FROM audit_events WHERE tenant_id = ? ORDER BY id DESC LIMIT 1")) {
      query.setString(1, tenant);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }

  private static long insert(Connection connection, AuditHash.Row row, String hash)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO audit_events (tenant_id, occurred_at, subject, action, object_type,"
                + " object_id, old_value, new_value, reason, request_id, prev_hash, hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?, ?, ?)"
                + " RETURNING id")) {
      insert.setString(1, row.tenant());
      insert.setObject(2, row.occurredAt().atOffset(ZoneOffset.UTC));
      insert.setString(3, row.subject());
      insert.setString(4, row.action());
      insert.setString(5, row.objectType());
      insert.setString(6, row.objectId());
      insert.setString(7, row.oldValue());
      insert.setString(8, row.newValue());
      insert.setString(9, row.reason());
      insert.setString(10, row.requestId());
      insert.setString(11, row.prevHash());
      insert.setString(12, hash);
      try (ResultSet id = insert.executeQuery()) {
        id.next();
        return id.getLong(1);
      }
    }
  }

  /** Runs SQL with the append-only trigger switched off, as the table's owner could. */
  static void tamper(String sql) throws SQLException {
    try (Connection connection = MigratedDatabase.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE audit_events DISABLE TRIGGER ALL");
      try {
        statement.execute(sql);
      } finally {
        statement.execute("ALTER TABLE audit_events ENABLE TRIGGER ALL");
      }
    }
  }
}
