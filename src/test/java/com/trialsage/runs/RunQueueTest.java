package com.trialsage.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.trialsage.testing.MigratedDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

class RunQueueTest {
  private final DataSource db = MigratedDatabase.dataSource();
  private final RunQueue queue = new RunQueue(db, Duration.ofSeconds(30), 1);

  @BeforeEach
  void emptyQueue() throws SQLException {
    MigratedDatabase.clear("runs", "tenants");
    MigratedDatabase.execute("INSERT INTO tenants (id) VALUES ('acme'), ('globex')");
  }

  @Test
  void claimsTheOldestQueuedRunFirst() throws Exception {
    UUID older = enqueue("acme", 1);
    UUID newer = enqueue("globex", 1);

    Optional<ClaimedRun> first = queue.claim("w1");
    Optional<ClaimedRun> second = queue.claim("w2");
    Optional<ClaimedRun> none = queue.claim("w3");

    assertThat(first).get().extracting(ClaimedRun::id).isEqualTo(older);
    assertThat(second).get().extracting(ClaimedRun::id).isEqualTo(newer);
    assertThat(first.get().attempt()).isEqualTo(1);
    assertThat(none).isEmpty();
  }

  @Test
  void neverHandsOneRunToTwoWorkersAtOnce() throws Exception {
    RunQueue generous = new RunQueue(db, Duration.ofSeconds(30), 1000);
    for (int i = 0; i < 60; i++) {
      enqueue(i % 2 == 0 ? "acme" : "globex", 3);
    }
    Set<UUID> claimed = ConcurrentHashMap.newKeySet();
    List<UUID> duplicates = new ArrayList<>();
    ExecutorService workers = Executors.newFixedThreadPool(8);

    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < 8; w++) {
      String worker = "w" + w;
      done.add(
          workers.submit(
              () -> {
                for (Optional<ClaimedRun> run = generous.claim(worker);
                    run.isPresent();
                    run = generous.claim(worker)) {
                  if (!claimed.add(run.get().id())) {
                    synchronized (duplicates) {
                      duplicates.add(run.get().id());
                    }
                  }
                }
                return null;
              }));
    }
    for (Future<?> worker : done) {
      worker.get(60, TimeUnit.SECONDS);
    }
    workers.shutdown();

    assertThat(claimed).hasSize(60);
    assertThat(duplicates).isEmpty();
  }

  @Test
  void holdsBackATenantAtItsCapOfConcurrentRuns() throws Exception {
    UUID acmeFirst = enqueue("acme", 3);
    UUID acmeSecond = enqueue("acme", 3);
    UUID globex = enqueue("globex", 3);

    ClaimedRun first = queue.claim("w1").orElseThrow();
    ClaimedRun second = queue.claim("w2").orElseThrow();
    Optional<ClaimedRun> blocked = queue.claim("w3");
    queue.succeed(first, 0);
    Optional<ClaimedRun> released = queue.claim("w3");

    assertThat(first.id()).isEqualTo(acmeFirst);
    assertThat(second.id()).isEqualTo(globex);
    assertThat(blocked).isEmpty();
    assertThat(released).get().extracting(ClaimedRun::id).isEqualTo(acmeSecond);
  }

  @Test
  void requeuesARunWhoseLeaseExpiredAndIgnoresTheStaleWorker() throws Exception {
    UUID id = enqueue("acme", 3);
    ClaimedRun stale = queue.claim("dead-instance").orElseThrow();
    expireLease(id);

    List<ReapedRun> reaped = queue.reapExpiredLeases();
    ClaimedRun retried = queue.claim("live-instance").orElseThrow();
    boolean staleWrite = queue.succeed(stale, 0);
    Optional<Boolean> staleRenew = queue.renew(stale);
    boolean liveWrite = queue.succeed(retried, 0);

    assertThat(reaped).containsExactly(new ReapedRun(id, "acme", 1, RunState.QUEUED));
    assertThat(retried.attempt()).isEqualTo(2);
    assertThat(staleWrite).isFalse();
    assertThat(staleRenew).isEmpty();
    assertThat(liveWrite).isTrue();
    assertThat(stateOf(id)).isEqualTo("SUCCEEDED");
  }

  @Test
  void failsARunOnceEveryAttemptsLeaseExpired() throws Exception {
    UUID id = enqueue("acme", 1);
    queue.claim("dead-instance").orElseThrow();
    expireLease(id);

    List<ReapedRun> reaped = queue.reapExpiredLeases();

    assertThat(reaped).containsExactly(new ReapedRun(id, "acme", 1, RunState.FAILED));
    assertThat(stateOf(id)).isEqualTo("FAILED");
    assertThat(MigratedDatabase.valueOf("SELECT failure_reason FROM runs WHERE id = '" + id + "'"))
        .isEqualTo("LEASE_EXPIRED");
    assertThat(
            MigratedDatabase.valueOf(
                "SELECT finished_at IS NOT NULL FROM runs WHERE id = '" + id + "'"))
        .isEqualTo("t");
    assertThat(queue.claim("w")).isEmpty();
  }

  @Test
  void tellsTheHolderOnRenewalThatCancellationWasAsked() throws Exception {
    UUID id = enqueue("acme", 3);
    ClaimedRun run = queue.claim("w1").orElseThrow();
    Optional<Boolean> before = queue.renew(run);
    MigratedDatabase.execute("UPDATE runs SET cancel_requested = true WHERE id = '" + id + "'");

    Optional<Boolean> after = queue.renew(run);

    assertThat(before).contains(false);
    assertThat(after).contains(true);
  }

  @Test
  void recordsTheReasonOfAFailure() throws Exception {
    UUID id = enqueue("acme", 3);
    ClaimedRun run = queue.claim("w1").orElseThrow();

    boolean written = queue.fail(run, FailureReason.TIMEOUT, "killed after 300 s", 137);

    assertThat(written).isTrue();
    assertThat(
            MigratedDatabase.valueOf(
                "SELECT state || ' ' || failure_reason || ' ' || exit_code FROM runs"))
        .isEqualTo("FAILED TIMEOUT 137");
  }

  @Test
  void wakesListeningWorkersOnItsChannel() throws Exception {
    try (Connection listener = db.getConnection()) {
      try (Statement listen = listener.createStatement()) {
        listen.execute("LISTEN " + RunQueue.CHANNEL);
      }

      queue.notifyWorkers();

      PGNotification[] received = listener.unwrap(PGConnection.class).getNotifications(10_000);
      assertThat(received).extracting(PGNotification::getName).contains(RunQueue.CHANNEL);
    }
  }

  private UUID enqueue(String tenant, int maxAttempts) throws SQLException {
    UUID id = UUID.randomUUID();
    try (Connection connection = db.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO runs (id, tenant_id, state, standard, standard_version, ct_version,"
                    + " created_by, max_attempts, created_at)"
                    + " VALUES (?, ?, 'QUEUED', 'sdtmig', '3.4', '2025-03-25', 'test', ?,"
                    + " clock_timestamp())")) {
      insert.setObject(1, id);
      insert.setString(2, tenant);
      insert.setInt(3, maxAttempts);
      insert.executeUpdate();
    }
    return id;
  }

  private void expireLease(UUID id) throws SQLException {
    MigratedDatabase.execute(
        "UPDATE runs SET lease_until = now() - interval '1 second' WHERE id = '" + id + "'");
  }

  private String stateOf(UUID id) throws SQLException {
    return MigratedDatabase.valueOf("SELECT state FROM runs WHERE id = '" + id + "'");
  }
}
