package com.trialsage.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * {@code audit_chain_breaks_total}, registered at start-up so it reads 0 until a chain breaks: a
 * counter that first appears at 1 is no {@code increase()} to Prometheus, and the first break would
 * not raise TrialSageAuditChainBroken.
 */
@ApplicationScoped
public class AuditMetrics {
  private static final Metadata CHAIN_BREAKS =
      Metadata.builder()
          .withName("audit.chain.breaks")
          .withDescription("Audit hash chains the verification endpoint found broken")
          .build();

  @Inject MetricRegistry registry;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    registry.counter(CHAIN_BREAKS);
  }

  void chainBroken() {
    registry.counter(CHAIN_BREAKS).inc();
  }
}
