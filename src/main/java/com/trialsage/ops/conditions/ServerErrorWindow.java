package com.trialsage.ops.conditions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * Requests and 5xx answers of the last five minutes, in 30 buckets of ten seconds, for the in-app
 * {@code http-server-errors} check. The request path only increments a bucket under a lock held for
 * a few instructions; summing happens on the evaluation schedule.
 */
@ApplicationScoped
public class ServerErrorWindow {
  static final Duration WINDOW = Duration.ofMinutes(5);
  private static final int BUCKETS = 30;
  private static final long BUCKET_MILLIS = WINDOW.toMillis() / BUCKETS;

  @Inject Clock clock;

  // Which ten-second step each bucket holds; a bucket from an older step is reset before reuse.
  private final long[] steps = new long[BUCKETS];
  private final long[] requests = new long[BUCKETS];
  private final long[] serverErrors = new long[BUCKETS];

  ServerErrorWindow() {
    Arrays.fill(steps, Long.MIN_VALUE);
  }

  /** For tests: a window on the given clock. */
  ServerErrorWindow(Clock clock) {
    this();
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  /** Counts one answered request. */
  public void record(int status) {
    long step = step();
    int bucket = (int) Math.floorMod(step, (long) BUCKETS);
    synchronized (this) {
      if (steps[bucket] != step) {
        steps[bucket] = step;
        requests[bucket] = 0;
        serverErrors[bucket] = 0;
      }
      requests[bucket]++;
      if (status >= 500 && status <= 599) {
        serverErrors[bucket]++;
      }
    }
  }

  /** The counts of the current step and the 29 before it. */
  public RequestCounts lastFiveMinutes() {
    long now = step();
    long total = 0;
    long errors = 0;
    synchronized (this) {
      for (int bucket = 0; bucket < BUCKETS; bucket++) {
        if (steps[bucket] > now - BUCKETS && steps[bucket] <= now) {
          total += requests[bucket];
          errors += serverErrors[bucket];
        }
      }
    }
    return new RequestCounts(total, errors);
  }

  private long step() {
    return Math.floorDiv(clock.millis(), BUCKET_MILLIS);
  }
}
