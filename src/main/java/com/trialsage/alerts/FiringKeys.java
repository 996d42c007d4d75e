package com.trialsage.alerts;

import java.util.LinkedHashSet;
import java.util.Objects;

/**
 * Alert keys that are firing, in the order they started, at most {@code limit} of them. Past the
 * limit the oldest is forgotten: at worst that alert is sent once more, which beats unbounded
 * memory for keys that never resolve (an integrity failure has no "resolved"). Not thread-safe.
 */
final class FiringKeys {
  private final int limit;
  private final LinkedHashSet<String> keys = new LinkedHashSet<>();

  FiringKeys(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    this.limit = limit;
  }

  boolean contains(String key) {
    return keys.contains(key);
  }

  void add(String key) {
    keys.add(Objects.requireNonNull(key, "key must not be null"));
    if (keys.size() > limit) {
      keys.remove(keys.iterator().next());
    }
  }

  /** Whether the key was firing. */
  boolean remove(String key) {
    return keys.remove(key);
  }

  int size() {
    return keys.size();
  }
}
