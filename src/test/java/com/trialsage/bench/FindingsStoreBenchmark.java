package com.trialsage.bench;

import com.trialsage.runs.ClaimedRun;
import com.trialsage.runs.Finding;
import com.trialsage.runs.FindingsStore;
import com.trialsage.runs.RunQueue;
import com.trialsage.testing.MigratedDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Iterator;
import java.util.UUID;
import java.util.stream.LongStream;
import javax.sql.DataSource;

/**
 * Stores N findings of one run with {@link FindingsStore} into a real PostgreSQL (embedded, with
 * the production schema and indexes) and prints rows per second. Run by bench/findings-store.sh.
 */
public final class FindingsStoreBenchmark {
  private FindingsStoreBenchmark() {}

  public static void main(String[] args) throws Exception {
    long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    DataSource db = MigratedDatabase.dataSource();
    RunQueue queue = new RunQueue(db, Duration.ofMinutes(5), 10);
    FindingsStore store = new FindingsStore(db);

    for (int round = 1; round <= 3; round++) {
      MigratedDatabase.clear("runs", "tenants");
      ClaimedRun run = newRun(db, queue);
      long start = System.nanoTime();
      long stored = store.replace(run, findings(rows));
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "round %d: %,d findings in %.2f s = %,.0f rows/s%n",
          round, stored, seconds, stored / seconds);
    }
    System.exit(0);
  }

  private static ClaimedRun newRun(DataSource db, RunQueue queue) throws Exception {
    try (Connection connection = db.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO tenants (id) VALUES ('bench')");
      statement.execute(
          "INSERT INTO runs (id, tenant_id, state, standard, standard_version, ct_version,"
              + " created_by) VALUES ('"
              + UUID.randomUUID()
              + "', 'bench', 'QUEUED', 'sdtmig', '3.4', '2025-03-25', 'bench')");
    }
    return queue.claim("bench").orElseThrow();
  }

  // Realistic widths: LB findings for CT2002 (extensible codelist) on LBORRESU.
  private static Iterator<Finding> findings(long count) {
    return LongStream.rangeClosed(1, count)
        .mapToObj(
            i ->
                new Finding(
                    "TS0031",
                    "Warning",
                    "LB",
                    i,
                    "CDISCPILOT01-01-701-" + (1000 + i % 300),
                    "LBORRESU",
                    "mmol/L x" + (i % 17),
                    "Value not found in extensible codelist UNIT (C71620)"))
        .iterator();
  }
}
