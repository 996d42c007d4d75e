package com.trialsage.ops.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import com.trialsage.alerts.AlertEvent;
import com.trialsage.alerts.AlertEvent.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each condition fires once when it has held long enough and resolves once when it ends, evaluated
 * every 30 seconds on a fake clock with the default thresholds.
 */
class WatchedConditionsTest {
  private static final Duration EVERY = Duration.ofSeconds(30);
  private static final Readings CALM = new Readings(new RequestCounts(1000, 0), 10, 100, 0, 0, 60);

  private final SettableClock clock = new SettableClock(Instant.parse("2025-06-02T03:00:00Z"));
  private final WatchedConditions conditions =
      WatchedConditions.of(ConditionSettings.read(key -> java.util.Optional.empty()));
  private final List<AlertEvent> sent = new ArrayList<>();

  @Test
  void serverErrorsAboveFivePercentFireOnceAfterFiveMinutesAndResolveOnce() {
    Readings failing = requests(new RequestCounts(1000, 60));

    evaluate(failing, Duration.ofMinutes(4).plusSeconds(30));
    assertThat(sent).isEmpty();
    evaluate(failing, Duration.ofMinutes(10));
    evaluate(CALM, Duration.ofMinutes(3));

    assertThat(sent)
        .extracting(AlertEvent::key, AlertEvent::status)
        .containsExactly(
            tuple(WatchedConditions.SERVER_ERRORS, Status.FIRING),
            tuple(WatchedConditions.SERVER_ERRORS, Status.RESOLVED));
    assertThat(sent.get(0).severity()).isEqualTo(AlertEvent.Severity.CRITICAL);
    assertThat(sent.get(0).details())
        .containsEntry("serverErrorPercent", "6.0%")
        .containsEntry("requests", "1000");
    assertThat(sent.get(0).occurredAt()).isEqualTo(Instant.parse("2025-06-02T03:05:00Z"));
  }

  @Test
  void oneErrorInTwoRequestsAtNightDoesNotFire() {
    evaluate(requests(new RequestCounts(2, 1)), Duration.ofHours(1));
    evaluate(requests(new RequestCounts(99, 50)), Duration.ofHours(1));

    assertThat(sent).isEmpty();
  }

  @Test
  void exactlyFivePercentServerErrorsDoesNotFire() {
    evaluate(requests(new RequestCounts(2000, 100)), Duration.ofHours(1));

    assertThat(sent).isEmpty();
  }

  @Test
  void aPauseInTheErrorsStartsTheFiveMinutesAgain() {
    Readings failing = requests(new RequestCounts(200, 20));

    evaluate(failing, Duration.ofMinutes(4));
    evaluate(CALM, EVERY);
    evaluate(failing, Duration.ofMinutes(4));

    assertThat(sent).isEmpty();
  }

  @Test
  void storageAtEightyPercentFiresAfterTenMinutesAndBelowItResolves() {
    Readings full = storage(800, 1000);

    evaluate(full, Duration.ofMinutes(9).plusSeconds(30));
    assertThat(sent).isEmpty();
    evaluate(full, Duration.ofMinutes(2));
    evaluate(storage(799, 1000), EVERY);

    assertThat(sent)
        .extracting(AlertEvent::key, AlertEvent::status)
        .containsExactly(
            tuple(WatchedConditions.STORAGE_ALMOST_FULL, Status.FIRING),
            tuple(WatchedConditions.STORAGE_ALMOST_FULL, Status.RESOLVED));
    assertThat(sent.get(0).details()).containsEntry("usedPercent", "80.0%");
  }

  @Test
  void unreadableStorageNeitherFiresNorResolves() {
    evaluate(storage(900, 1000), Duration.ofMinutes(11));
    evaluate(storage(0, 0), Duration.ofMinutes(30));
    evaluate(storage(900, 1000), Duration.ofMinutes(5));

    assertThat(sent).extracting(AlertEvent::status).containsExactly(Status.FIRING);
  }

  @Test
  void aBacklogOfMoreThanFiftyRunsFiresAfterFifteenMinutes() {
    evaluate(queue(50, 60), Duration.ofHours(1));
    evaluate(queue(51, 60), Duration.ofMinutes(14).plusSeconds(30));
    assertThat(sent).isEmpty();
    evaluate(queue(51, 60), Duration.ofMinutes(1));
    evaluate(CALM, EVERY);

    assertThat(sent)
        .extracting(AlertEvent::key, AlertEvent::status)
        .containsExactly(
            tuple(WatchedConditions.QUEUE_BACKLOG, Status.FIRING),
            tuple(WatchedConditions.QUEUE_BACKLOG, Status.RESOLVED));
    assertThat(sent.get(0).severity()).isEqualTo(AlertEvent.Severity.WARNING);
  }

  @Test
  void aRunQueuedMoreThanThirtyMinutesFiresAtOnceAndResolvesWhenItStarts() {
    evaluate(queue(1, 1800), Duration.ofMinutes(10));
    assertThat(sent).isEmpty();
    evaluate(queue(1, 1801), EVERY);
    evaluate(queue(1, 2400), Duration.ofMinutes(10));
    evaluate(CALM, EVERY);

    assertThat(sent)
        .extracting(AlertEvent::key, AlertEvent::status)
        .containsExactly(
            tuple(WatchedConditions.QUEUED_TOO_OLD, Status.FIRING),
            tuple(WatchedConditions.QUEUED_TOO_OLD, Status.RESOLVED));
    assertThat(sent.get(0).details()).containsEntry("oldestQueuedAgeSeconds", "1801");
  }

  @Test
  void noSuccessForAnHourWhileRunsWaitFiresAfterFifteenMinutes() {
    Readings stalled = new Readings(new RequestCounts(0, 0), 10, 100, 3, 120, 3601);

    evaluate(stalled, Duration.ofMinutes(14).plusSeconds(30));
    assertThat(sent).isEmpty();
    evaluate(stalled, Duration.ofMinutes(1));
    evaluate(queue(3, 120), EVERY);

    assertThat(sent)
        .extracting(AlertEvent::key, AlertEvent::status)
        .containsExactly(
            tuple(WatchedConditions.NO_SUCCESS, Status.FIRING),
            tuple(WatchedConditions.NO_SUCCESS, Status.RESOLVED));
  }

  @Test
  void noSuccessForDaysWithAnEmptyQueueOrExactlyAnHourDoesNotFire() {
    evaluate(new Readings(new RequestCounts(0, 0), 10, 100, 0, 0, 300_000), Duration.ofHours(2));
    evaluate(new Readings(new RequestCounts(0, 0), 10, 100, 2, 60, 3600), Duration.ofHours(2));

    assertThat(sent).isEmpty();
  }

  @Test
  void thresholdsComeFromTheSettings() {
    WatchedConditions strict =
        WatchedConditions.of(
            ConditionSettings.read(
                key ->
                    java.util.Optional.ofNullable(
                        Map.of(ConditionSettings.OLDEST_QUEUED_AGE, "5").get(key))));

    List<AlertEvent> fired = strict.evaluate(queue(1, 6), clock.instant());

    assertThat(fired).extracting(AlertEvent::key).containsExactly(WatchedConditions.QUEUED_TOO_OLD);
    assertThat(strict.firing()).containsExactly(WatchedConditions.QUEUED_TOO_OLD);
  }

  private static Readings requests(RequestCounts counts) {
    return new Readings(counts, 10, 100, 0, 0, 60);
  }

  private static Readings storage(long usedBytes, long capacityBytes) {
    return new Readings(new RequestCounts(1000, 0), usedBytes, capacityBytes, 0, 0, 60);
  }

  private static Readings queue(long queued, long oldestQueuedAgeSeconds) {
    return new Readings(new RequestCounts(1000, 0), 10, 100, queued, oldestQueuedAgeSeconds, 60);
  }

  // Evaluates the same readings every 30 seconds for `duration`, from the next evaluation on.
  private void evaluate(Readings readings, Duration duration) {
    for (Duration done = Duration.ZERO; done.compareTo(duration) < 0; done = done.plus(EVERY)) {
      sent.addAll(conditions.evaluate(readings, clock.instant()));
      clock.advance(EVERY);
    }
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }
}
