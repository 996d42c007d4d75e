package com.trialsage.audit;

import com.trialsage.alerts.AlertEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * What follows a verification of the audit chains, on request or on schedule: a broken chain counts
 * in {@code audit_chain_breaks_total} and fires the critical alert {@code
 * audit-chain-broken-<tenant>}; a chain that verifies resolves it. The schedule verifies every
 * tenant's chain every {@code trialsage.audit.verify-interval-minutes} (0 turns it off), so a
 * tampered row is found without anyone asking.
 */
@ApplicationScoped
public class AuditChainWatch {
  private static final Logger LOG = Logger.getLogger(AuditChainWatch.class.getName());
  private static final Metadata CHAIN_BREAKS =
      Metadata.builder()
          .withName("audit.chain.breaks")
          .withDescription("Broken audit hash chains found by a verification")
          .build();

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject AuditEvents events;
  @Inject MetricRegistry registry;
  @Inject Event<AlertEvent> alerts;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "trialsage.audit.verify-interval-minutes", defaultValue = "1440")
  long intervalMinutes;

  private ScheduledFuture<?> task;

  // After the schema migration; the counter exists at zero so that increase() sees a first break.
  void start(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 1000)
          @Initialized(ApplicationScoped.class)
          Object started) {
    chainBreaks();
    if (intervalMinutes > 0) {
      task =
          scheduler.scheduleWithFixedDelay(
              this::verifyAllQuietly, intervalMinutes, intervalMinutes, TimeUnit.MINUTES);
    }
  }

  private void verifyAllQuietly() {
    try {
      report(events.verifyAll());
    } catch (SQLException | RuntimeException e) {
      // Retried at the next interval; the schedule must survive a failed pass.
      LOG.log(Level.WARNING, "Scheduled audit chain verification failed: " + e.getMessage(), e);
    }
  }

  /** Counts and alerts what a verification found; one alert key per tenant. */
  public void report(List<ChainVerification> verdicts) {
    verdicts.forEach(this::report);
  }

  // A broken chain is evidence of tampering: an operator must hear of it at once, and once.
  private void report(ChainVerification verdict) {
    String key = "audit-chain-broken-" + verdict.tenant();
    if (verdict.intact()) {
      alerts.fire(
          AlertEvent.resolved(
              key,
              AlertEvent.Severity.CRITICAL,
              "The audit chain of " + verdict.tenant() + " verifies again",
              clock.instant()));
      return;
    }
    chainBreaks().inc();
    alerts.fire(
        AlertEvent.firing(
            key,
            AlertEvent.Severity.CRITICAL,
            "The audit hash chain of tenant " + verdict.tenant() + " is broken",
            Map.of(
                "tenant", verdict.tenant(),
                "firstBrokenEventId", String.valueOf(verdict.firstBrokenEventId()),
                "reason", String.valueOf(verdict.reason())),
            clock.instant()));
  }

  private Counter chainBreaks() {
    return registry.counter(CHAIN_BREAKS);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
