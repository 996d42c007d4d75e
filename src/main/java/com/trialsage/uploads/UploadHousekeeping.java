package com.trialsage.uploads;

import com.trialsage.storage.ObjectStore;
import com.trialsage.storage.StoredEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The background work on uploads, each callable by an operator and run on a schedule by {@link
 * HousekeepingSchedule}: lifecycle cleanup of expired uploads, the scrubber that verifies objects
 * at rest, and the orphan scan that removes objects no row refers to.
 */
@ApplicationScoped
public class UploadHousekeeping {
  private static final Logger LOG = Logger.getLogger(UploadHousekeeping.class.getName());
  private static final int BATCH = 100;

  @Inject UploadRecords records;
  @Inject UploadService uploads;
  @Inject ObjectStore store;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "trialsage.storage.orphan-grace-minutes", defaultValue = "60")
  long orphanGraceMinutes;

  /** What one housekeeping pass did. */
  public record Report(String task, int examined, int acted) {}

  /**
   * Deletes every expired upload (with its objects), recording each deletion in the audit trail.
   */
  public Report cleanupExpired() {
    int deleted = 0;
    int examined = 0;
    List<Upload> batch;
    int deletedInBatch;
    do {
      batch = records.expired(clock.instant(), BATCH);
      deletedInBatch = 0;
      for (Upload upload : batch) {
        examined++;
        if (uploads.delete(upload, "system", "upload.expired", "retention period ended")) {
          deletedInBatch++;
        }
      }
      deleted += deletedInBatch;
    } while (batch.size() == BATCH && deletedInBatch > 0);
    if (deleted > 0) {
      LOG.info("Lifecycle cleanup deleted " + deleted + " expired uploads");
    }
    return new Report("cleanup", examined, deleted);
  }

  /** Verifies every stored upload against its SHA-256; a mismatch is alerted by the service. */
  public Report scrub() {
    int examined = 0;
    int failed = 0;
    UUID after = new UUID(0, 0);
    List<Upload> batch;
    do {
      batch = records.batchAfter(after, BATCH);
      for (Upload upload : batch) {
        examined++;
        try {
          uploads.verify(upload, "scrub");
        } catch (IntegrityException e) {
          failed++;
        }
        after = upload.id().value();
      }
    } while (batch.size() == BATCH);
    LOG.info("Scrub verified " + examined + " uploads, " + failed + " failed");
    return new Report("scrub", examined, failed);
  }

  /**
   * Removes staged objects and published objects that no row refers to, once older than the grace
   * period (younger ones may belong to an upload in progress).
   */
  public Report removeOrphans() throws IOException {
    Instant cutoff = clock.instant().minus(Duration.ofMinutes(orphanGraceMinutes));
    List<StoredEntry> old =
        store.list().stream().filter(e -> e.lastModified().isBefore(cutoff)).toList();
    int removed = 0;
    List<String> published = new ArrayList<>();
    for (StoredEntry entry : old) {
      if (entry.staged()) {
        store.deleteStaged(entry.name());
        removed++;
      } else {
        published.add(entry.name());
      }
    }
    for (int from = 0; from < published.size(); from += BATCH * 5) {
      List<String> keys = published.subList(from, Math.min(published.size(), from + BATCH * 5));
      Set<String> referenced = records.referencedKeys(keys);
      for (String key : keys) {
        if (!referenced.contains(key) && store.delete(key)) {
          removed++;
        }
      }
    }
    if (removed > 0) {
      LOG.log(Level.WARNING, "Orphan scan removed " + removed + " objects no upload refers to");
    }
    return new Report("orphans", old.size(), removed);
  }
}
