package com.trialsage.tenancy;

import java.util.Objects;
import java.util.Set;

/**
 * The authenticated caller of the current request. Every tenant-scoped query takes its tenant from
 * here, never from the request body or path.
 */
public record Caller(TenantId tenant, String subject, Set<String> roles) {
  public Caller {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(subject, "subject");
    roles = Set.copyOf(roles);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
