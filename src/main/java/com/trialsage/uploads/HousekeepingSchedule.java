package com.trialsage.uploads;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs {@link UploadHousekeeping} on the server's managed scheduler: the orphan scan at start-up
 * and then periodically, lifecycle cleanup and the scrubber at their configured intervals.
 */
@ApplicationScoped
public class HousekeepingSchedule {
  private static final Logger LOG = Logger.getLogger(HousekeepingSchedule.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject UploadHousekeeping housekeeping;

  @Inject
  @ConfigProperty(name = "trialsage.uploads.cleanup-interval-minutes", defaultValue = "60")
  long cleanupIntervalMinutes;

  @Inject
  @ConfigProperty(name = "trialsage.storage.scrub-interval-minutes", defaultValue = "1440")
  long scrubIntervalMinutes;

  @Inject
  @ConfigProperty(name = "trialsage.storage.orphan-scan-interval-minutes", defaultValue = "60")
  long orphanScanIntervalMinutes;

  private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

  // After the schema migration, which observes the same event at the default priority.
  void start(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 1000)
          @Initialized(ApplicationScoped.class)
          Object started) {
    tasks.add(every(0, orphanScanIntervalMinutes, "orphan scan", housekeeping::removeOrphans));
    tasks.add(
        every(
            cleanupIntervalMinutes,
            cleanupIntervalMinutes,
            "lifecycle cleanup",
            housekeeping::cleanupExpired));
    tasks.add(every(scrubIntervalMinutes, scrubIntervalMinutes, "scrub", housekeeping::scrub));
  }

  private ScheduledFuture<?> every(
      long firstMinutes, long intervalMinutes, String name, Callable<?> task) {
    return scheduler.scheduleWithFixedDelay(
        () -> {
          try {
            task.call();
          } catch (Exception e) {
            // A failed pass is retried at the next interval; the schedule must survive it.
            LOG.log(Level.WARNING, "Housekeeping " + name + " failed: " + e.getMessage(), e);
          }
        },
        firstMinutes,
        intervalMinutes,
        TimeUnit.MINUTES);
  }

  @PreDestroy
  void stop() {
    tasks.forEach(task -> task.cancel(false));
  }
}
