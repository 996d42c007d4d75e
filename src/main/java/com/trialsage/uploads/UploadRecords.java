package com.trialsage.uploads;

import com.trialsage.audit.AuditTrail;
import com.trialsage.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The {@code uploads} rows. Every query is scoped by tenant except the housekeeping ones. */
@ApplicationScoped
public class UploadRecords {

  @PersistenceContext(unitName = "trialsage")
  EntityManager entityManager;

  @Inject AuditTrail audit;

  @Inject
  @ConfigProperty(name = "trialsage.uploads.default-quota-bytes", defaultValue = "107374182400")
  long defaultQuotaBytes;

  @Inject
  @ConfigProperty(name = "trialsage.uploads.retention-days", defaultValue = "30")
  int defaultRetentionDays;

  /** The tenant's quota, usage and retention, without locking. */
  @Transactional
  public TenantAllowance allowance(TenantId tenant) {
    return allowance(tenant, false);
  }

  private TenantAllowance allowance(TenantId tenant, boolean lock) {
    List<?> settings =
        entityManager
            .createNativeQuery(
                "SELECT upload_quota_bytes, upload_retention_days FROM tenants WHERE id = ?1"
                    + (lock ? " FOR NO KEY UPDATE" : ""))
            .setParameter(1, tenant.value())
            .getResultList();
    Object[] row = settings.isEmpty() ? new Object[2] : (Object[]) settings.get(0);
    long quota = row[0] == null ? defaultQuotaBytes : ((Number) row[0]).longValue();
    int retention = row[1] == null ? defaultRetentionDays : ((Number) row[1]).intValue();
    return new TenantAllowance(quota, usedBytes(tenant), retention);
  }

  private long usedBytes(TenantId tenant) {
    Number used =
        (Number)
            entityManager
                .createNativeQuery(
                    "SELECT COALESCE(SUM(size_bytes), 0) FROM uploads WHERE tenant_id = ?1")
                .setParameter(1, tenant.value())
                .getSingleResult();
    return used.longValue();
  }

  /**
   * Inserts the uploads of one request (a file, or a package and its entries) unless they would
   * take the tenant past its quota. The tenant row is locked first, so concurrent uploads of one
   * tenant are counted one after the other.
   *
   * @throws QuotaExceededException when the quota does not allow them; nothing is inserted
   */
  @Transactional
  public void insertWithinQuota(TenantId tenant, List<Upload> uploads, String subject) {
    TenantAllowance allowance = allowance(tenant, true);
    long requested = uploads.stream().mapToLong(Upload::sizeBytes).sum();
    if (requested > allowance.remainingBytes()) {
      throw new QuotaExceededException(allowance.quotaBytes(), allowance.usedBytes(), requested);
    }
    uploads.forEach(entityManager::persist);
    entityManager.flush();
    for (Upload upload : uploads) {
      upload
          .packageId()
          .ifPresent(
              packageId ->
                  entityManager
                      .createNativeQuery(
                          "UPDATE uploads SET package_id = CAST(?1 AS uuid)"
                              + " WHERE id = CAST(?2 AS uuid)")
                      .setParameter(1, packageId.toString())
                      .setParameter(2, upload.id().toString())
                      .executeUpdate());
    }
    Upload first = uploads.get(0);
    audit.record(
        tenant,
        subject,
        "upload.created",
        "upload",
        first.id().toString(),
        null,
        describe(first, uploads.size() - 1),
        null);
  }

  /** What the audit trail records of an upload. */
  static Map<String, Object> describe(Upload upload, int entries) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", upload.id().toString());
    values.put("name", upload.fileName());
    values.put("format", upload.format().label());
    values.put("sizeBytes", upload.sizeBytes());
    values.put("sha256", upload.sha256().hex());
    values.put("createdAt", upload.createdAt().toString());
    values.put("entries", entries);
    return values;
  }

  @Transactional
  public Optional<Upload> find(TenantId tenant, UploadId id) {
    Upload upload = entityManager.find(Upload.class, id.value());
    return upload != null && upload.tenant().equals(tenant)
        ? Optional.of(upload)
        : Optional.empty();
  }

  /** Any tenant's upload, for background work that is not acting for a caller. */
  @Transactional
  public Optional<Upload> findForHousekeeping(UploadId id) {
    return Optional.ofNullable(entityManager.find(Upload.class, id.value()));
  }

  @Transactional
  @SuppressWarnings("unchecked")
  public List<Upload> entriesOf(TenantId tenant, UploadId packageId) {
    return entityManager
        .createNativeQuery(
            "SELECT * FROM uploads WHERE tenant_id = ?1 AND package_id = CAST(?2 AS uuid)"
                + " ORDER BY file_name",
            Upload.class)
        .setParameter(1, tenant.value())
        .setParameter(2, packageId.toString())
        .getResultList();
  }

  /** One page, newest first. */
  @Transactional
  public List<Upload> page(TenantId tenant, UploadQuery query) {
    TypedQuery<Upload> select =
        entityManager.createQuery(
            "SELECT u FROM Upload u WHERE " + query.where() + " ORDER BY u.createdAt DESC, u.id",
            Upload.class);
    query.bind(tenant, select::setParameter);
    return select
        .setFirstResult(query.page() * query.size())
        .setMaxResults(query.size())
        .getResultList();
  }

  @Transactional
  public long count(TenantId tenant, UploadQuery query) {
    TypedQuery<Long> select =
        entityManager.createQuery(
            "SELECT COUNT(u) FROM Upload u WHERE " + query.where(), Long.class);
    query.bind(tenant, select::setParameter);
    return select.getSingleResult();
  }

  /** Whether a run refers to the upload; such an upload is kept for the run's provenance. */
  @Transactional
  public boolean usedByRun(UploadId id) {
    Number uses =
        (Number)
            entityManager
                .createNativeQuery(
                    "SELECT (SELECT count(*) FROM run_inputs r JOIN uploads e ON r.upload_id = e.id"
                        + " WHERE e.id = ?1 OR e.package_id = ?1)"
                        + " + (SELECT count(*) FROM runs r JOIN uploads e"
                        + " ON r.define_upload_id = e.id WHERE e.id = ?1 OR e.package_id = ?1)")
                .setParameter(1, id.value())
                .getSingleResult();
    return uses.longValue() > 0;
  }

  /**
   * Deletes the rows of an upload and, for a package, its entries, with one audit record in the
   * same transaction; returns what was deleted.
   */
  @Transactional
  public List<Upload> deleteAudited(Upload upload, String subject, String action, String reason) {
    List<Upload> deleted = new ArrayList<>(entriesOf(upload.tenant(), upload.id()));
    deleted.forEach(entry -> entityManager.remove(entityManager.merge(entry)));
    entityManager.flush();
    entityManager.remove(entityManager.merge(upload));
    deleted.add(upload);
    audit.record(
        upload.tenant(),
        subject,
        action,
        "upload",
        upload.id().toString(),
        describe(upload, deleted.size() - 1),
        null,
        reason);
    return deleted;
  }

  /**
   * Uploads that expired before {@code now} and no validation run refers to (those are kept as the
   * run's evidence); a package's entries go with their package.
   */
  @Transactional
  public List<Upload> expired(Instant now, int limit) {
    List<?> ids =
        entityManager
            .createNativeQuery(
                "SELECT CAST(u.id AS text) FROM uploads u WHERE u.expires_at < ?1"
                    + " AND u.package_id IS NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM run_inputs r JOIN uploads e"
                    + "   ON r.upload_id = e.id WHERE e.id = u.id OR e.package_id = u.id)"
                    + " AND NOT EXISTS (SELECT 1 FROM runs r JOIN uploads e"
                    + "   ON r.define_upload_id = e.id WHERE e.id = u.id OR e.package_id = u.id)"
                    + " ORDER BY u.expires_at LIMIT ?2")
            .setParameter(1, java.sql.Timestamp.from(now))
            .setParameter(2, limit)
            .getResultList();
    return ids.stream()
        .map(id -> entityManager.find(Upload.class, java.util.UUID.fromString(id.toString())))
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  /** A batch of every tenant's uploads after {@code afterId}, in id order, for the scrubber. */
  @Transactional
  public List<Upload> batchAfter(java.util.UUID afterId, int limit) {
    return entityManager
        .createQuery("SELECT u FROM Upload u WHERE u.id > :after ORDER BY u.id", Upload.class)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Which of these storage keys some row refers to. */
  @Transactional
  public Set<String> referencedKeys(Collection<String> keys) {
    if (keys.isEmpty()) {
      return Set.of();
    }
    Set<String> referenced =
        new HashSet<>(
            entityManager
                .createQuery(
                    "SELECT u.storageKey FROM Upload u WHERE u.storageKey IN :keys", String.class)
                .setParameter("keys", keys)
                .getResultList());
    // Rendered run reports live in the same store.
    for (Object key :
        entityManager
            .createNativeQuery(
                "SELECT storage_key FROM run_reports WHERE storage_key = ANY (CAST(?1 AS text[]))")
            .setParameter(
                1, "{" + String.join(",", keys.stream().map(k -> '"' + k + '"').toList()) + "}")
            .getResultList()) {
      referenced.add(key.toString());
    }
    return referenced;
  }

  /** Bytes all tenants' uploads take. */
  @Transactional
  public long totalBytes() {
    Number total =
        (Number)
            entityManager
                .createNativeQuery("SELECT COALESCE(SUM(size_bytes), 0) FROM uploads")
                .getSingleResult();
    return total.longValue();
  }
}
