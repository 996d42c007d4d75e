package com.trialsage.uploads;

import com.trialsage.tenancy.TenantId;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A file a tenant uploaded: its metadata and the key of its bytes in object storage. A row exists
 * only once its object is durably published, so every row has its object.
 */
@Entity
@Table(name = "uploads")
// Not in EclipseLink's shared cache: several instances share the table, and a row deleted by one
// must not be served by another from memory.
@Cacheable(false)
public class Upload {
  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  // A String, written by UploadRecords with a typed statement: EclipseLink 4.0 binds a null UUID
  // as varchar (PostgreSQL refuses it) and fails reading a null uuid into a UUID field.
  @Column(name = "package_id", insertable = false, updatable = false)
  private String packageId;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "format", nullable = false, updatable = false)
  private String format;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false, updatable = false)
  private String sha256;

  @Column(name = "storage_key", nullable = false, updatable = false)
  private String storageKey;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  // OffsetDateTime, not Instant: EclipseLink 4.0 maps Instant as a serialized blob.
  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at")
  private OffsetDateTime expiresAt;

  protected Upload() {}

  /** A new upload whose bytes are already published under {@code storageKey}. */
  public Upload(
      UploadId id,
      TenantId tenant,
      UploadId packageId,
      String fileName,
      UploadFormat format,
      long sizeBytes,
      Sha256 sha256,
      String storageKey,
      String createdBy,
      Instant createdAt,
      Instant expiresAt) {
    this.id = Objects.requireNonNull(id, "id").value();
    this.tenantId = Objects.requireNonNull(tenant, "tenant").value();
    this.packageId = packageId == null ? null : packageId.toString();
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    this.format = Objects.requireNonNull(format, "format").label();
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("size must not be negative: " + sizeBytes);
    }
    this.sizeBytes = sizeBytes;
    this.sha256 = Objects.requireNonNull(sha256, "sha256").hex();
    this.storageKey = Objects.requireNonNull(storageKey, "storageKey");
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = utc(Objects.requireNonNull(createdAt, "createdAt"));
    this.expiresAt = expiresAt == null ? null : utc(expiresAt);
  }

  public UploadId id() {
    return new UploadId(id);
  }

  public TenantId tenant() {
    return new TenantId(tenantId);
  }

  public Optional<UploadId> packageId() {
    return Optional.ofNullable(packageId).map(UUID::fromString).map(UploadId::new);
  }

  public String fileName() {
    return fileName;
  }

  public UploadFormat format() {
    return UploadFormat.fromLabel(format)
        .orElseThrow(() -> new IllegalStateException("unknown format in database: " + format));
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public Sha256 sha256() {
    return new Sha256(sha256);
  }

  public String storageKey() {
    return storageKey;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public Instant expiresAt() {
    return expiresAt == null ? null : expiresAt.toInstant();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
