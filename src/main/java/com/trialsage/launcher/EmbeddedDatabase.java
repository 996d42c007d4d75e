package com.trialsage.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The development database: PostgreSQL from zonky's bundled binaries, with its data under {@code
 * <data>/postgres} kept across restarts. Authentication is "trust" on localhost, which is why this
 * exists only behind {@code --dev}.
 */
final class EmbeddedDatabase implements AutoCloseable {

  static final String DATABASE = "trialsage";
  static final String USER = "postgres";

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  private final EmbeddedPostgres postgres;
  private final Path pgData;
  private final Optional<ProcessHandle> postmaster;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path pgData) throws IOException {
    this.postgres = postgres;
    this.pgData = pgData;
    this.postmaster = OrphanedPostmaster.find(pgData);
  }

  /**
   * @param port the port to listen on, 0 for any free one
   */
  static EmbeddedDatabase start(Path dataDir, int port) throws IOException {
    Path pgData = dataDir.resolve("postgres");
    OrphanedPostmaster.stopIfRunning(pgData);
    long startNanos = System.nanoTime();
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(pgData)
            .setCleanDataDirectory(false)
            // The launcher's own hook stops the database after Payara, not in parallel with it.
            .setRegisterShutdownHook(false)
            .setPort(port)
            // zonky tunes for throw-away test databases; this one keeps a developer's data.
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("fsync", "on")
            .setPGStartupWait(STARTUP_TIMEOUT)
            .start();
    EmbeddedDatabase database = new EmbeddedDatabase(postgres, pgData);
    database.createApplicationDatabase();
    LOG.info(
        "Embedded PostgreSQL started on port "
            + postgres.getPort()
            + " with data in "
            + pgData
            + " in "
            + Duration.ofNanos(System.nanoTime() - startNanos).toMillis()
            + " ms");
    return database;
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
  }

  int port() {
    return postgres.getPort();
  }

  Path dataDirectory() {
    return pgData;
  }

  private void createApplicationDatabase() throws IOException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists =
            connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, DATABASE);
      try (ResultSet row = exists.executeQuery()) {
        if (row.next()) {
          return;
        }
      }
      try (Statement create = connection.createStatement()) {
        create.execute("CREATE DATABASE " + DATABASE);
      }
      LOG.info("Created database " + DATABASE + " in the embedded PostgreSQL");
    } catch (SQLException e) {
      throw new IOException("Cannot create database " + DATABASE + ": " + e.getMessage(), e);
    }
  }

  /** Fast shutdown: open transactions roll back, committed ones are on disk. */
  @Override
  public void close() throws IOException {
    postgres.close();
    // pg_ctl returns once postmaster.pid is gone, a moment before the process has exited.
    if (postmaster.isPresent() && !OrphanedPostmaster.awaitExit(postmaster.get(), STOP_TIMEOUT)) {
      throw new IOException(
          "PostgreSQL (pid " + postmaster.get().pid() + ") still runs after the stop request");
    }
  }
}
