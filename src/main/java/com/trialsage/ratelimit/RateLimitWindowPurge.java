package com.trialsage.ratelimit;

import com.trialsage.persistence.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Deletes rate-limit windows that ended more than ten minutes ago. */
@Singleton
public class RateLimitWindowPurge {
  private static final Logger LOG = Logger.getLogger(RateLimitWindowPurge.class.getName());

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Schedule(minute = "*/10", hour = "*", persistent = false)
  void purge() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      int deleted =
          statement.executeUpdate(
              "DELETE FROM rate_limit_windows WHERE window_start < now() - interval '10 minutes'");
      LOG.fine(() -> "Purged " + deleted + " rate-limit windows");
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Could not purge old rate-limit windows: " + e.getMessage());
    }
  }
}
