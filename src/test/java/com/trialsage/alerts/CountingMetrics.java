package com.trialsage.alerts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts what delivery reports, per kind and channel. */
final class CountingMetrics implements AlertMetrics {
  private final Map<String, Integer> counts = new ConcurrentHashMap<>();

  @Override
  public void delivered(String channel) {
    counts.merge("delivered " + channel, 1, Integer::sum);
  }

  @Override
  public void failed(String channel) {
    counts.merge("failed " + channel, 1, Integer::sum);
  }

  @Override
  public void dropped(String channel) {
    counts.merge("dropped " + channel, 1, Integer::sum);
  }

  /** How often {@code kind} (delivered, failed, dropped) was counted for the channel. */
  int count(String kind, String channel) {
    return counts.getOrDefault(kind + " " + channel, 0);
  }
}
