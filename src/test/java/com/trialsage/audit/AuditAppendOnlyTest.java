package com.trialsage.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trialsage.testing.MigratedDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The database itself keeps the audit trail append-only, whatever the application does. */
class AuditAppendOnlyTest {

  @BeforeEach
  void oneEvent() throws SQLException {
    MigratedDatabase.clear("tenants");
    MigratedDatabase.execute("INSERT INTO tenants (id) VALUES ('acme')");
    MigratedDatabase.execute(
        "INSERT INTO audit_events (tenant_id, subject, action, hash)"
            + " VALUES ('acme', 'alice', 'upload.created', repeat('a', 64))");
  }

  @Test
  void refusesToChangeAnEvent() {
    assertThatThrownBy(
            () -> MigratedDatabase.execute("UPDATE audit_events SET subject = 'mallory'"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("append-only");
  }

  @Test
  void refusesToDeleteAnEvent() throws SQLException {
    assertThatThrownBy(() -> MigratedDatabase.execute("DELETE FROM audit_events"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("append-only");
    assertThat(MigratedDatabase.valueOf("SELECT count(*) FROM audit_events")).isEqualTo("1");
  }

  @Test
  void acceptsNewEvents() throws SQLException {
    MigratedDatabase.execute(
        "INSERT INTO audit_events (tenant_id, subject, action, hash)"
            + " VALUES ('acme', 'bob', 'upload.deleted', repeat('b', 64))");

    assertThat(MigratedDatabase.valueOf("SELECT count(*) FROM audit_events")).isEqualTo("2");
  }
}
