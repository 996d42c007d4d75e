package com.trialsage.ratelimit;

import com.trialsage.persistence.SchemaMigration;
import com.trialsage.tenancy.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * Counts requests per tenant and operation in fixed one-minute windows. The count lives in
 * PostgreSQL and is raised by one atomic upsert that refuses to pass the limit, so the limit is
 * exact however many instances share the database: request N+1 of a window is always refused.
 */
@ApplicationScoped
public class RateLimiter {
  static final int WINDOW_SECONDS = 60;

  // The WHERE clause of DO UPDATE makes a full window return no row instead of counting past it.
  private static final String COUNT =
      "INSERT INTO rate_limit_windows (tenant_id, operation, window_start, requests)"
          + " VALUES (?, ?, ?, 1)"
          + " ON CONFLICT (tenant_id, operation, window_start)"
          + " DO UPDATE SET requests = rate_limit_windows.requests + 1"
          + " WHERE rate_limit_windows.requests < ?"
          + " RETURNING requests";

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject Config config;
  @Inject Clock clock;

  /** Counts one request of {@code tenant} for {@code operation} and says whether it may proceed. */
  public Decision acquire(TenantId tenant, OperationKind operation) {
    int limit = limitFor(tenant, operation);
    Instant now = clock.instant();
    long windowStart = now.getEpochSecond() - Math.floorMod(now.getEpochSecond(), WINDOW_SECONDS);
    long resetSeconds = windowStart + WINDOW_SECONDS - now.getEpochSecond();
    if (limit <= 0) {
      return new Decision(operation, false, 0, 0, resetSeconds);
    }
    int counted = count(tenant, operation, windowStart, limit);
    boolean allowed = counted > 0;
    int remaining = allowed ? limit - counted : 0;
    return new Decision(operation, allowed, limit, remaining, resetSeconds);
  }

  /** The tenant's own limit ({@code <key>.<tenant>}) if configured, else the operation's. */
  int limitFor(TenantId tenant, OperationKind operation) {
    return config
        .getOptionalValue(operation.configKey() + "." + tenant.value(), Integer.class)
        .or(() -> config.getOptionalValue(operation.configKey(), Integer.class))
        .orElse(operation.defaultPerMinute());
  }

  private int count(TenantId tenant, OperationKind operation, long windowStart, int limit) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(COUNT)) {
      statement.setString(1, tenant.value());
      statement.setString(2, operation.name());
      statement.setObject(
          3, OffsetDateTime.ofInstant(Instant.ofEpochSecond(windowStart), ZoneOffset.UTC));
      statement.setInt(4, limit);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? row.getInt(1) : 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count the request against the rate limit", e);
    }
  }
}
