package com.trialsage.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.trialsage.tenancy.TenantId;
import com.trialsage.testing.MigratedDatabase;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading a tenant's events from a real PostgreSQL: filters, keyset pages and chain order. */
class AuditEventsTest {
  private static final TenantId ACME = new TenantId("acme");

  private final AuditEvents events = new AuditEvents();
  private final List<Long> acmeIds = new ArrayList<>();

  @BeforeEach
  void events() throws SQLException {
    events.dataSource = MigratedDatabase.dataSource();
    MigratedDatabase.clear("tenants");
    MigratedDatabase.execute("INSERT INTO tenants (id) VALUES ('acme'), ('globex')");
    for (String action : List.of("run.queued", "upload.created", "run.succeeded", "runXqueued")) {
      acmeIds.add(TestChain.append("acme", action, Map.of("n", 1L)));
    }
    TestChain.append("globex", "run.queued", Map.of("n", 2L));
  }

  private static AuditFilter action(String action) {
    return new AuditFilter(action, null, null, null, null, null);
  }

  private List<String> actions(AuditFilter filter) throws SQLException {
    return events.newestFirst(ACME, filter, null, 100).stream().map(AuditEvent::action).toList();
  }

  @Test
  void listsOnlyTheTenantsEventsNewestFirst() throws SQLException {
    List<AuditEvent> page = events.newestFirst(ACME, AuditFilter.none(), null, 100);

    assertThat(page)
        .extracting(AuditEvent::id)
        .containsExactly(acmeIds.get(3), acmeIds.get(2), acmeIds.get(1), acmeIds.get(0));
    assertThat(page).extracting(AuditEvent::tenant).containsOnly("acme");
  }

  @Test
  void matchesAnActionExactlyOrByAPrefixEndingInADot() throws SQLException {
    assertThat(actions(action("run.queued"))).containsExactly("run.queued");
    assertThat(actions(action("run."))).containsExactly("run.succeeded", "run.queued");
    assertThat(actions(action("upload"))).isEmpty();
  }

  @Test
  void treatsLikeWildcardsInAPrefixAsPlainCharacters() throws SQLException {
    TestChain.append("acme", "50%_off.x", Map.of());

    assertThat(actions(action("50%_off."))).containsExactly("50%_off.x");
    assertThat(actions(action("%."))).isEmpty();
  }

  @Test
  void continuesAPageAfterItsCursor() throws SQLException {
    List<AuditEvent> first = events.newestFirst(ACME, AuditFilter.none(), null, 3);

    List<AuditEvent> second =
        events.newestFirst(ACME, AuditFilter.none(), AuditCursor.after(first.get(2)), 3);

    assertThat(first)
        .extracting(AuditEvent::id)
        .containsExactly(acmeIds.get(3), acmeIds.get(2), acmeIds.get(1));
    assertThat(second).extracting(AuditEvent::id).containsExactly(acmeIds.get(0));
  }

  @Test
  void streamsInChainOrder() throws SQLException, IOException {
    List<Long> streamed = new ArrayList<>();

    events.inChainOrder(ACME, AuditFilter.none(), event -> streamed.add(event.id()));

    assertThat(streamed).containsExactlyElementsOf(acmeIds);
  }
}
