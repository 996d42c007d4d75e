package com.trialsage.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One row of {@code audit_events} as stored: JSON values as PostgreSQL renders them, hashes as
 * written. {@link #hashedRow()} turns it back into the fields its hash covers.
 */
public record AuditEvent(
    long id,
    String tenant,
    Instant occurredAt,
    String subject,
    String action,
    String objectType,
    String objectId,
    String oldValue,
    String newValue,
    String reason,
    String requestId,
    String hash,
    String previousHash) {

  /** The columns {@link #read} expects, in its order. */
  static final String COLUMNS =
      "id, tenant_id, occurred_at, subject, action, object_type, object_id, old_value::text,"
          + " new_value::text, reason, request_id, hash, prev_hash";

  public AuditEvent {
    Objects.requireNonNull(tenant, "an audit event belongs to a tenant");
    Objects.requireNonNull(occurredAt, "an audit event has a time");
  }

  /** The current row of a query that selected {@link #COLUMNS}. */
  static AuditEvent read(ResultSet row) throws SQLException {
    return new AuditEvent(
        row.getLong(1),
        row.getString(2),
        row.getObject(3, OffsetDateTime.class).toInstant(),
        row.getString(4),
        row.getString(5),
        row.getString(6),
        row.getString(7),
        row.getString(8),
        row.getString(9),
        row.getString(10),
        row.getString(11),
        row.getString(12),
        row.getString(13));
  }

  /** The old value in the canonical form its hash covers. */
  public String canonicalOldValue() {
    return CanonicalJson.canonicalise(oldValue);
  }

  /** The new value in the canonical form its hash covers. */
  public String canonicalNewValue() {
    return CanonicalJson.canonicalise(newValue);
  }

  /** The fields the row's hash covers, including the previous hash it was chained to. */
  AuditHash.Row hashedRow() {
    return new AuditHash.Row(
        tenant,
        occurredAt,
        subject,
        action,
        objectType,
        objectId,
        canonicalOldValue(),
        canonicalNewValue(),
        reason,
        requestId,
        previousHash);
  }
}
