package com.trialsage.audit;

import com.trialsage.logging.LogContext;
import com.trialsage.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Appends audit events. Each row's {@code hash} is the SHA-256 of its canonical form (see {@link
 * AuditHash}), which includes the previous row's hash of the same tenant; the tenant's row is
 * locked while appending, so each tenant's chain is a single line even across instances.
 */
@ApplicationScoped
public class AuditTrail {

  @PersistenceContext(unitName = "trialsage")
  EntityManager entityManager;

  @Inject Clock clock;

  /**
   * Records one event in the caller's transaction (or a new one).
   *
   * @param oldValue the object before, or null; written as canonical JSON
   * @param newValue the object after, or null
   */
  @Transactional
  public void record(
      TenantId tenant,
      String subject,
      String action,
      String objectType,
      String objectId,
      Map<String, ?> oldValue,
      Map<String, ?> newValue,
      String reason) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(action, "action");
    lockChain(tenant);
    String previous = lastHash(tenant);
    Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
    LogContext.Fields context = LogContext.current();
    String requestId = context == null ? null : context.requestId();
    AuditHash.Row row =
        new AuditHash.Row(
            tenant.value(),
            occurredAt,
            subject,
            action,
            objectType,
            objectId,
            AuditHash.canonicalJson(oldValue),
            AuditHash.canonicalJson(newValue),
            reason,
            requestId,
            previous);
    insert(row, AuditHash.of(row));
  }

  private void lockChain(TenantId tenant) {
    entityManager
        .createNativeQuery("SELECT id FROM tenants WHERE id = ?1 FOR NO KEY UPDATE")
        .setParameter(1, tenant.value())
        .getResultList();
  }

  private String lastHash(TenantId tenant) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "SELECT hash FROM audit_events WHERE tenant_id = ?1 ORDER BY id DESC LIMIT 1")
            .setParameter(1, tenant.value())
            .getResultList();
    return rows.isEmpty() ? null : rows.get(0).toString();
  }

  private void insert(AuditHash.Row row, String hash) {
    entityManager
        .createNativeQuery(
            "INSERT INTO audit_events (tenant_id, occurred_at, subject, action, object_type,"
                + " object_id, old_value, new_value, reason, request_id, prev_hash, hash)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS jsonb), CAST(?8 AS jsonb), ?9, ?10,"
                + " ?11, ?12)")
        .setParameter(1, row.tenant())
        .setParameter(2, java.sql.Timestamp.from(row.occurredAt()))
        .setParameter(3, row.subject())
        .setParameter(4, row.action())
        .setParameter(5, row.objectType())
        .setParameter(6, row.objectId())
        .setParameter(7, row.oldValue())
        .setParameter(8, row.newValue())
        .setParameter(9, row.reason())
        .setParameter(10, row.requestId())
        .setParameter(11, row.prevHash())
        .setParameter(12, hash)
        .executeUpdate();
  }
}
