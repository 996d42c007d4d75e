package com.trialsage.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Records each tenant in the {@code tenants} table the first time one of its tokens is seen, so
 * every tenant-scoped row has a tenant to refer to. Each instance remembers whom it has recorded,
 * so this costs one statement per tenant and instance.
 */
@ApplicationScoped
public class TenantRegistry {
  private static final Logger LOG = Logger.getLogger(TenantRegistry.class.getName());

  private final Set<TenantId> known = ConcurrentHashMap.newKeySet();

  @PersistenceContext(unitName = "trialsage")
  EntityManager entityManager;

  @Transactional
  public void ensureRegistered(TenantId tenant) {
    if (known.contains(tenant)) {
      return;
    }
    int inserted =
        entityManager
            .createNativeQuery(
                "INSERT INTO tenants (id, created_at) VALUES (?1, now()) ON CONFLICT (id) DO NOTHING")
            .setParameter(1, tenant.value())
            .executeUpdate();
    if (inserted == 1) {
      LOG.info("Tenant registered: " + tenant);
    }
    known.add(tenant);
  }

  public Optional<Tenant> find(TenantId tenant) {
    return Optional.ofNullable(entityManager.find(Tenant.class, tenant.value()));
  }
}
