package com.trialsage.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.trialsage.tenancy.TenantId;
import com.trialsage.testing.MigratedDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The verifier against a real PostgreSQL: intact chains, and each way a chain can be broken. */
class AuditChainVerifierTest {
  private static final TenantId ACME = new TenantId("acme");

  private Connection connection;
  private AuditChainVerifier verifier;

  @BeforeEach
  void twoTenants() throws SQLException {
    MigratedDatabase.clear("tenants");
    MigratedDatabase.execute("INSERT INTO tenants (id) VALUES ('acme'), ('globex')");
    connection = MigratedDatabase.dataSource().getConnection();
    verifier = new AuditChainVerifier(connection);
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  private static long[] appendThree(String tenant) throws SQLException {
    return new long[] {
      TestChain.append(tenant, "upload.created", Map.of("name", "dm.xpt", "size", 1024L)),
      TestChain.append(tenant, "run.queued", Map.of("inputs", List.of("a", "b"), "ok", true)),
      TestChain.append(tenant, "upload.deleted", Map.of("reason", "quote \" and\nnewline é"))
    };
  }

  @Test
  void findsAnIntactChainIntact() throws SQLException {
    appendThree("acme");

    Optional<ChainVerification> verdict = verifier.verify(ACME);

    assertThat(verdict).contains(ChainVerification.intact("acme", 3));
  }

  @Test
  void reportsAChangedRowAtThatRow() throws SQLException {
    long[] ids = appendThree("acme");
    TestChain.tamper(
        "UPDATE audit_events SET new_value = '{\"name\": \"ae.xpt\", \"size\": 1024}'"
            + " WHERE id = "
            + ids[0]);

    ChainVerification verdict = verifier.verify(ACME).orElseThrow();

    assertThat(verdict.intact()).isFalse();
    assertThat(verdict.firstBrokenEventId()).isEqualTo(ids[0]);
    assertThat(verdict.reason()).isEqualTo(ChainBreak.ROW_CHANGED);
    assertThat(verdict.eventsChecked()).isEqualTo(1);
    assertThat(verdict.storedHash())
        .isEqualTo(MigratedDatabase.valueOf("SELECT hash FROM audit_events WHERE id = " + ids[0]))
        .isNotEqualTo(verdict.expectedHash());
  }

  @Test
  void reportsADeletedMiddleRowAsABrokenLinkAtTheNextRow() throws SQLException {
    long[] ids = appendThree("acme");
    String firstHash =
        MigratedDatabase.valueOf("SELECT hash FROM audit_events WHERE id = " + ids[0]);
    TestChain.tamper("DELETE FROM audit_events WHERE id = " + ids[1]);

    ChainVerification verdict = verifier.verify(ACME).orElseThrow();

    assertThat(verdict.firstBrokenEventId()).isEqualTo(ids[2]);
    assertThat(verdict.reason()).isEqualTo(ChainBreak.MISSING_ROW);
    assertThat(verdict.expectedHash()).isEqualTo(firstHash);
    assertThat(verdict.eventsChecked()).isEqualTo(2);
  }

  @Test
  void reportsADeletedFirstRowAtTheNewFirstRow() throws SQLException {
    long[] ids = appendThree("acme");
    TestChain.tamper("DELETE FROM audit_events WHERE id = " + ids[0]);

    ChainVerification verdict = verifier.verify(ACME).orElseThrow();

    assertThat(verdict.firstBrokenEventId()).isEqualTo(ids[1]);
    assertThat(verdict.reason()).isEqualTo(ChainBreak.MISSING_ROW);
    assertThat(verdict.expectedHash()).isNull();
  }

  @Test
  void reportsARowChainedToAnEarlierRowAsALinkBroken() throws SQLException {
    long[] ids = appendThree("acme");
    // Re-link the third event to the first and re-hash it, as a careful attacker removing the
    // second would: its own hash then checks out, but the row before it is not the one it names.
    String first = MigratedDatabase.valueOf("SELECT hash FROM audit_events WHERE id = " + ids[0]);
    TestChain.tamper("UPDATE audit_events SET prev_hash = '" + first + "' WHERE id = " + ids[2]);
    AuditEvent relinked = eventWithId(ids[2]);
    TestChain.tamper(
        "UPDATE audit_events SET hash = '"
            + AuditHash.of(relinked.hashedRow())
            + "' WHERE id = "
            + ids[2]);

    ChainVerification verdict = verifier.verify(ACME).orElseThrow();

    assertThat(verdict.firstBrokenEventId()).isEqualTo(ids[2]);
    assertThat(verdict.reason()).isEqualTo(ChainBreak.LINK_BROKEN);
  }

  @Test
  void keepsEachTenantsChainIndependent() throws SQLException {
    long[] acme = appendThree("acme");
    appendThree("globex");
    TestChain.tamper("UPDATE audit_events SET subject = 'mallory' WHERE id = " + acme[1]);

    List<ChainVerification> verdicts = verifier.verifyAll();

    assertThat(verdicts).extracting(ChainVerification::tenant).containsExactly("acme", "globex");
    assertThat(verdicts.get(0).firstBrokenEventId()).isEqualTo(acme[1]);
    assertThat(verdicts.get(1)).isEqualTo(ChainVerification.intact("globex", 3));
  }

  @Test
  void answersNothingForAnUnknownTenant() throws SQLException {
    Optional<ChainVerification> verdict = verifier.verify(new TenantId("initech"));

    assertThat(verdict).isEmpty();
  }

  @Test
  void leavesTheConnectionAsItFoundIt() throws SQLException {
    appendThree("acme");

    verifier.verify(ACME);

    assertThat(connection.getAutoCommit()).isTrue();
    assertThat(connection.getTransactionIsolation())
        .isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
  }

  private AuditEvent eventWithId(long id) throws SQLException {
    try (var query =
            connection.prepareStatement(
                "SELECT " + AuditEvent.COLUMNS + " FROM audit_events WHERE id = " + id);
        var row = query.executeQuery()) {
      row.next();
      return AuditEvent.read(row);
    }
  }
}
