package com.trialsage.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.trialsage.testing.MigratedDatabase;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FindingsStoreTest {
  private final DataSource db = MigratedDatabase.dataSource();
  private final RunQueue queue = new RunQueue(db, Duration.ofSeconds(30), 10);
  private final FindingsStore store = new FindingsStore(db);

  @BeforeEach
  void emptyTables() throws SQLException {
    MigratedDatabase.clear("runs", "tenants");
    MigratedDatabase.execute("INSERT INTO tenants (id) VALUES ('acme')");
  }

  @Test
  void storesEveryFieldExactlyEvenWithTabsNewlinesAndBackslashes() throws Exception {
    ClaimedRun run = claimNewRun();
    Finding tricky =
        new Finding(
            "TS0003", "Error", "AE", 7L, "01-701-1015", "AESTDTC", "2014\t01\\n\n", "bad \"date\"");
    Finding datasetLevel =
        new Finding("TS0020", "Error", null, null, null, null, null, "DM dataset is missing");

    long stored = store.replace(run, List.of(tricky, datasetLevel).iterator());

    assertThat(stored).isEqualTo(2);
    assertThat(
            MigratedDatabase.valueOf(
                "SELECT rule_id || '|' || dataset || '|' || record_number || '|' || usubjid"
                    + " || '|' || variable || '|' || value || '|' || message FROM findings"
                    + " WHERE rule_id = 'TS0003'"))
        .isEqualTo("TS0003|AE|7|01-701-1015|AESTDTC|2014\t01\\n\n|bad \"date\"");
    assertThat(
            MigratedDatabase.valueOf(
                "SELECT count(*) FROM findings WHERE dataset IS NULL AND value IS NULL"))
        .isEqualTo("1");
  }

  @Test
  void replacesWhatAnEarlierStoreOfTheSameRunWrote() throws Exception {
    ClaimedRun run = claimNewRun();

    store.replace(run, findings(100));
    store.replace(run, findings(30));

    assertThat(MigratedDatabase.valueOf("SELECT count(*) FROM findings")).isEqualTo("30");
  }

  @Test
  void writesNothingForAWorkerThatLostItsLease() throws Exception {
    ClaimedRun run = claimNewRun();
    MigratedDatabase.execute("UPDATE runs SET lease_until = now() - interval '1 second'");
    queue.reapExpiredLeases();

    long stored = store.replace(run, findings(10));

    assertThat(stored).isEqualTo(-1);
    assertThat(MigratedDatabase.valueOf("SELECT count(*) FROM findings")).isEqualTo("0");
  }

  private ClaimedRun claimNewRun() throws SQLException {
    MigratedDatabase.execute(
        "INSERT INTO runs (id, tenant_id, state, standard, standard_version, ct_version,"
            + " created_by) VALUES ('"
            + UUID.randomUUID()
            + "', 'acme', 'QUEUED', 'sdtmig', '3.4', '2025-03-25', 'test')");
    return queue.claim("w1").orElseThrow();
  }

  private static java.util.Iterator<Finding> findings(long count) {
    return LongStream.rangeClosed(1, count)
        .mapToObj(
            i -> new Finding("TS0005", "Error", "LB", i, "S-" + i, "LBSEQ", "1", "duplicate --SEQ"))
        .iterator();
  }
}
