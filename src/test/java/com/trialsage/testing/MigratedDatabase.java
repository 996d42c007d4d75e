package com.trialsage.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * A real PostgreSQL with the production changelog applied, shared by the plain JDBC tests of one
 * JVM (started on first use, about two seconds). Tests clear what they wrote with {@link #clear}.
 */
public final class MigratedDatabase {
  private static EmbeddedPostgres postgres;

  private MigratedDatabase() {}

  public static synchronized DataSource dataSource() {
    if (postgres == null) {
      postgres = start();
    }
    return postgres.getPostgresDatabase();
  }

  /** Empties the given tables (and what refers to them). */
  public static void clear(String... tables) throws SQLException {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("TRUNCATE " + String.join(", ", tables) + " CASCADE");
    }
  }

  /** Runs one SQL statement. */
  public static void execute(String sql) throws SQLException {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** The first column of the first row of a query, as text. */
  public static String valueOf(String query) throws SQLException {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(query)) {
      row.next();
      return row.getString(1);
    }
  }

  private static EmbeddedPostgres start() {
    try {
      EmbeddedPostgres started = EmbeddedPostgres.builder().start();
      migrate(started.getPostgresDatabase());
      Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(started)));
      return started;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
    }
  }

  private static void migrate(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Liquibase liquibase =
            new Liquibase(
                "liquibase/changelog.xml",
                new ClassLoaderResourceAccessor(MigratedDatabase.class.getClassLoader()),
                DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection)))) {
      liquibase.update("");
    } catch (Exception e) {
      throw new IllegalStateException("the changelog does not apply", e);
    }
  }

  private static void closeQuietly(EmbeddedPostgres started) {
    try {
      started.close();
    } catch (IOException e) {
      // The JVM is exiting; the temporary cluster goes with it.
    }
  }
}
