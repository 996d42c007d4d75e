package com.trialsage.alerts;

import java.util.Map;
import java.util.Objects;

/** Turns an alert into the JSON body, and any extra headers, one kind of receiver expects. */
interface AlertFormat {

  /** The request body for the event. */
  String body(AlertEvent event);

  /** Headers that depend on the body, such as a signature; none unless a format needs them. */
  default Map<String, String> headers(String body) {
    return Map.of();
  }

  /** The text cut to at most {@code maxChars}, ending in an ellipsis when it was cut. */
  static String clip(String text, int maxChars) {
    Objects.requireNonNull(text, "text must not be null");
    if (maxChars < 2) {
      throw new IllegalArgumentException("maxChars must be at least 2, was " + maxChars);
    }
    return text.length() <= maxChars ? text : text.substring(0, maxChars - 1) + "…";
  }
}
