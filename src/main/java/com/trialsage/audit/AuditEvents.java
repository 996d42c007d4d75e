package com.trialsage.audit;

import com.trialsage.persistence.SchemaMigration;
import com.trialsage.tenancy.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads a tenant's audit events with plain JDBC; every read takes the tenant, so another tenant's
 * events are never seen. Also runs chain verification on the application's data source.
 */
@ApplicationScoped
public class AuditEvents {
  private static final int EXPORT_FETCH_SIZE = 500;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  /** Receives events one at a time while they stream out of the database. */
  @FunctionalInterface
  public interface Sink {
    void accept(AuditEvent event) throws IOException;
  }

  /**
   * One page of the tenant's events, newest first.
   *
   * @param after where the previous page ended, or null for the first page
   */
  public List<AuditEvent> newestFirst(
      TenantId tenant, AuditFilter filter, AuditCursor after, int limit) throws SQLException {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(filter, "filter");
    List<Object> parameters = new ArrayList<>(List.of(tenant.value()));
    StringBuilder sql =
        new StringBuilder("SELECT " + AuditEvent.COLUMNS + " FROM audit_events WHERE tenant_id = ?")
            .append(filter.conditions(parameters));
    if (after != null) {
      sql.append(" AND (occurred_at, id) < (?, ?)");
      parameters.add(after.occurredAt().atOffset(ZoneOffset.UTC));
      parameters.add(after.id());
    }
    sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT ?");
    parameters.add(limit);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = prepare(connection, sql.toString(), parameters);
        ResultSet rows = query.executeQuery()) {
      List<AuditEvent> page = new ArrayList<>();
      while (rows.next()) {
        page.add(AuditEvent.read(rows));
      }
      return page;
    }
  }

  /**
   * Streams the tenant's matching events in chain order (oldest first) through a server-side
   * cursor, so an export of any size holds only one fetch of rows in memory.
   */
  public void inChainOrder(TenantId tenant, AuditFilter filter, Sink sink)
      throws SQLException, IOException {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(sink, "sink");
    List<Object> parameters = new ArrayList<>(List.of(tenant.value()));
    String sql =
        "SELECT "
            + AuditEvent.COLUMNS
            + " FROM audit_events WHERE tenant_id = ?"
            + filter.conditions(parameters)
            + " ORDER BY id";
    try (Connection connection = dataSource.getConnection()) {
      // The PostgreSQL driver honours the fetch size only inside a transaction.
      connection.setAutoCommit(false);
      try (PreparedStatement query = prepare(connection, sql, parameters)) {
        query.setFetchSize(EXPORT_FETCH_SIZE);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            sink.accept(AuditEvent.read(rows));
          }
        }
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    }
  }

  /** Every tenant's chain. */
  public List<ChainVerification> verifyAll() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return new AuditChainVerifier(connection).verifyAll();
    }
  }

  /** One tenant's chain, or empty when there is no such tenant. */
  public Optional<ChainVerification> verify(TenantId tenant) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return new AuditChainVerifier(connection).verify(tenant);
    }
  }

  private static PreparedStatement prepare(
      Connection connection, String sql, List<Object> parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setObject(i + 1, parameters.get(i));
      }
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }
}
