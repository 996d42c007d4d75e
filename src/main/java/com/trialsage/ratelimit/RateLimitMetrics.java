package com.trialsage.ratelimit;

import com.trialsage.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * {@code rate_limit_rejections_total} per tenant and operation. The tenant label is capped: past
 * {@value #MAX_TENANT_LABELS} distinct tenants, further ones count under {@code other}, so a
 * service with many tenants cannot blow up the metrics store.
 */
@ApplicationScoped
public class RateLimitMetrics {
  static final int MAX_TENANT_LABELS = 100;
  private static final Metadata REJECTIONS =
      Metadata.builder()
          .withName("rate.limit.rejections")
          .withDescription("Requests refused with 429, per tenant and operation")
          .build();

  private final Set<String> labelled = ConcurrentHashMap.newKeySet();

  @Inject MetricRegistry registry;

  void rejected(TenantId tenant, OperationKind operation) {
    registry
        .counter(
            REJECTIONS,
            new Tag("tenant", label(tenant)),
            new Tag("operation", operation.name().toLowerCase(java.util.Locale.ROOT)))
        .inc();
  }

  private String label(TenantId tenant) {
    String id = tenant.value();
    // Two threads may both pass the size check: the cap is approximate by a few labels.
    if (labelled.contains(id) || (labelled.size() < MAX_TENANT_LABELS && labelled.add(id))) {
      return id;
    }
    return "other";
  }
}
