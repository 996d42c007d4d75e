package com.trialsage.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Applies the Liquibase changelog when the application starts. A changelog that fails throws, which
 * fails the deployment: the service never serves requests on a schema it does not expect.
 */
@ApplicationScoped
@DataSourceDefinition(
    name = SchemaMigration.DATA_SOURCE,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=trialsage.db.url}",
    user = "${MPCONFIG=trialsage.db.user}",
    password = "${MPCONFIG=trialsage.db.password:}",
    minPoolSize = 2,
    maxPoolSize = 32,
    maxIdleTime = 300,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true"
    })
public class SchemaMigration {
  public static final String DATA_SOURCE = "java:app/jdbc/trialsage";
  static final String CHANGELOG = "liquibase/changelog.xml";
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  void migrateAtStartup(
      @Observes
          @Priority(jakarta.interceptor.Interceptor.Priority.PLATFORM_BEFORE + 10)
          @Initialized(ApplicationScoped.class)
          Object started) {
    try (Connection connection = dataSource.getConnection()) {
      migrate(connection);
    } catch (SQLException | LiquibaseException e) {
      throw new IllegalStateException(
          "Database migration failed, so TrialSage will not start: " + e.getMessage(), e);
    }
  }

  private void migrate(Connection connection) throws LiquibaseException {
    Database database =
        DatabaseFactory.getInstance()
            .findCorrectDatabaseImplementation(new JdbcConnection(connection));
    try (Liquibase liquibase =
        new Liquibase(
            CHANGELOG,
            new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader()),
            database)) {
      liquibase.update("");
    } catch (Exception e) {
      if (e instanceof LiquibaseException le) {
        throw le;
      }
      throw new IllegalStateException(e);
    }
    LOG.info("Database schema is up to date (" + CHANGELOG + ")");
  }
}
