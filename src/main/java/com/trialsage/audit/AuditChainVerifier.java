package com.trialsage.audit;

import com.trialsage.tenancy.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Walks tenants' audit chains in the order they were written and recomputes every hash with {@link
 * AuditHash}, so that a row changed, removed or reordered behind the application's back (by someone
 * with the table owner's rights) is found at the first event it breaks. Plain JDBC: the service and
 * the launcher's {@code audit-verify} command both use it.
 *
 * <p>Each chain is read in one repeatable-read transaction through a server-side cursor, so memory
 * stays bounded and a chain still being appended to is judged as of one instant. The connection
 * must not be in a transaction of the caller's; its settings are restored afterwards.
 *
 * <p>A chain cannot show that rows were removed from its end, nor that the whole chain was
 * rewritten and re-hashed; that needs the last hash kept outside the database.
 */
public final class AuditChainVerifier {
  private static final Logger LOG = Logger.getLogger(AuditChainVerifier.class.getName());
  private static final int FETCH_SIZE = 1000;

  private final Connection connection;

  public AuditChainVerifier(Connection connection) {
    this.connection =
        Objects.requireNonNull(connection, "the verifier needs a database connection");
  }

  /** Every tenant's chain, tenants in id order (a tenant without events is intact). */
  public List<ChainVerification> verifyAll() throws SQLException {
    List<ChainVerification> verdicts = new ArrayList<>();
    for (String tenant : tenants()) {
      verdicts.add(verify(tenant));
    }
    return verdicts;
  }

  /** One tenant's chain, or empty when there is no such tenant. */
  public Optional<ChainVerification> verify(TenantId tenant) throws SQLException {
    Objects.requireNonNull(tenant, "name the tenant whose chain to verify");
    return tenants().contains(tenant.value())
        ? Optional.of(verify(tenant.value()))
        : Optional.empty();
  }

  private List<String> tenants() throws SQLException {
    List<String> tenants = new ArrayList<>();
    try (PreparedStatement query =
            connection.prepareStatement("SELECT id FROM tenants ORDER BY id");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        tenants.add(rows.getString(1));
      }
    }
    return tenants;
  }

  private ChainVerification verify(String tenant) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    int isolation = connection.getTransactionIsolation();
    // The PostgreSQL driver streams with a cursor only inside a transaction.
    connection.setAutoCommit(false);
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    try {
      ChainVerification verdict = walk(tenant);
      log(verdict);
      return verdict;
    } finally {
      connection.rollback();
      connection.setTransactionIsolation(isolation);
      connection.setAutoCommit(autoCommit);
    }
  }

  private ChainVerification walk(String tenant) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT "
                + AuditEvent.COLUMNS
                + " FROM audit_events WHERE tenant_id = ? ORDER BY id")) {
      query.setFetchSize(FETCH_SIZE);
      query.setString(1, tenant);
      try (ResultSet rows = query.executeQuery()) {
        String previousHash = null;
        long checked = 0;
        while (rows.next()) {
          AuditEvent event = AuditEvent.read(rows);
          checked++;
          Optional<ChainVerification> broken = check(event, previousHash, checked);
          if (broken.isPresent()) {
            return broken.get();
          }
          previousHash = event.hash();
        }
        return ChainVerification.intact(tenant, checked);
      }
    }
  }

  private Optional<ChainVerification> check(AuditEvent event, String previousHash, long checked)
      throws SQLException {
    String recomputed = AuditHash.of(event.hashedRow());
    if (!recomputed.equals(event.hash())) {
      return Optional.of(
          ChainVerification.broken(
              event.tenant(),
              checked,
              event.id(),
              recomputed,
              event.hash(),
              ChainBreak.ROW_CHANGED));
    }
    if (Objects.equals(event.previousHash(), previousHash)) {
      return Optional.empty();
    }
    ChainBreak reason =
        event.previousHash() != null && !hashExists(event.tenant(), event.previousHash())
            ? ChainBreak.MISSING_ROW
            : ChainBreak.LINK_BROKEN;
    return Optional.of(
        ChainVerification.broken(
            event.tenant(), checked, event.id(), previousHash, event.previousHash(), reason));
  }

  private boolean hashExists(String tenant, String hash) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT 1 FROM audit_events WHERE tenant_id = ? AND hash = ? LIMIT 1")) {
      query.setString(1, tenant);
      query.setString(2, hash);
      try (ResultSet row = query.executeQuery()) {
        return row.next();
      }
    }
  }

  private static void log(ChainVerification verdict) {
    if (verdict.intact()) {
      LOG.info(
          "Audit chain of tenant "
              + verdict.tenant()
              + " verified: intact, "
              + verdict.eventsChecked()
              + " event(s)");
    } else {
      LOG.severe(
          "Audit chain of tenant "
              + verdict.tenant()
              + " is broken at event "
              + verdict.firstBrokenEventId()
              + ": "
              + verdict.reason().description());
    }
  }
}
