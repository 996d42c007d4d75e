package com.trialsage.ops.conditions;

import com.trialsage.alerts.AlertEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where one condition stands between evaluations: since when it holds, and whether its alert fired.
 * It answers a status only on a change, so an alert fires once when its condition has held long
 * enough and resolves once when it ends, however many evaluations see it in between. Not
 * thread-safe.
 */
final class ConditionState {
  private Instant holdingSince;
  private boolean firing;

  /** The alert's new status, or empty when it does not change. */
  Optional<AlertEvent.Status> observe(Observation observation, Duration holdFor, Instant now) {
    return switch (observation) {
      case HOLDS -> hold(holdFor, now);
      case CLEAR -> clear();
      case UNKNOWN -> Optional.empty();
    };
  }

  private Optional<AlertEvent.Status> hold(Duration holdFor, Instant now) {
    if (holdingSince == null) {
      holdingSince = now;
    }
    if (firing || now.isBefore(holdingSince.plus(holdFor))) {
      return Optional.empty();
    }
    firing = true;
    return Optional.of(AlertEvent.Status.FIRING);
  }

  private Optional<AlertEvent.Status> clear() {
    holdingSince = null;
    if (!firing) {
      return Optional.empty();
    }
    firing = false;
    return Optional.of(AlertEvent.Status.RESOLVED);
  }

  boolean firing() {
    return firing;
  }
}
