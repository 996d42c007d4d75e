package com.trialsage.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A customer organisation. Rows appear when a tenant's first token is seen. */
@Entity
@Table(name = "tenants")
public class Tenant {
  @Id
  @Column(name = "id", length = 64)
  private String id;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected Tenant() {}

  public TenantId id() {
    return new TenantId(id);
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
