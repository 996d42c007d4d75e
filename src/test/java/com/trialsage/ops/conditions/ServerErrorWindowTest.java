package com.trialsage.ops.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerErrorWindowTest {
  private final SettableClock clock = new SettableClock(Instant.parse("2025-06-02T03:00:00Z"));
  private final ServerErrorWindow window = new ServerErrorWindow(clock);

  @Test
  void countsEveryRequestAndOnlyThe5xxAsServerErrors() {
    for (int status : new int[] {200, 201, 304, 400, 404, 429, 500, 502, 503, 599}) {
      window.record(status);
    }

    assertThat(window.lastFiveMinutes()).isEqualTo(new RequestCounts(10, 4));
  }

  @Test
  void forgetsRequestsOlderThanFiveMinutes() {
    window.record(500);
    clock.advance(Duration.ofMinutes(2));
    window.record(200);
    clock.advance(Duration.ofSeconds(190));

    RequestCounts counts = window.lastFiveMinutes();

    assertThat(counts).isEqualTo(new RequestCounts(1, 0));
  }

  @Test
  void keepsRequestsOfTheLastFiveMinutesAcrossEveryBucket() {
    for (int second = 0; second < 290; second += 10) {
      window.record(second % 20 == 0 ? 500 : 200);
      clock.advance(Duration.ofSeconds(10));
    }

    RequestCounts counts = window.lastFiveMinutes();

    assertThat(counts).isEqualTo(new RequestCounts(29, 15));
  }

  @Test
  void reusesABucketForANewStepWithoutCarryingItsOldCounts() {
    window.record(500);
    clock.advance(Duration.ofMinutes(5));
    window.record(200);

    assertThat(window.lastFiveMinutes()).isEqualTo(new RequestCounts(1, 0));
  }

  @Test
  void losesNoCountWhenManyThreadsRecordAtOnce() throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread thread =
          new Thread(
              () -> {
                for (int i = 0; i < 10_000; i++) {
                  window.record(i % 10 == 0 ? 503 : 200);
                }
              });
      thread.start();
      threads.add(thread);
    }

    for (Thread thread : threads) {
      thread.join();
    }

    assertThat(window.lastFiveMinutes()).isEqualTo(new RequestCounts(40_000, 4_000));
  }
}
