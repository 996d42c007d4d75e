package com.trialsage.runs;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A W3C {@code traceparent} ({@code 00-<trace id>-<span id>-<flags>}): how a queued run remembers
 * the trace of the request that submitted it, so that its own span continues that trace.
 */
final class TraceParent {
  private static final Pattern FORM =
      Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");

  private TraceParent() {}

  /** The current span's trace parent, or null when no valid span is current (tracing off). */
  static String ofCurrentSpan() {
    return format(Span.current().getSpanContext());
  }

  static String format(SpanContext context) {
    if (context == null || !context.isValid()) {
      return null;
    }
    return "00-"
        + context.getTraceId()
        + "-"
        + context.getSpanId()
        + "-"
        + context.getTraceFlags().asHex();
  }

  /** The remote parent a stored trace parent names; empty for null or anything malformed. */
  static Optional<SpanContext> parse(String traceParent) {
    if (traceParent == null) {
      return Optional.empty();
    }
    Matcher matcher = FORM.matcher(traceParent);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    SpanContext context =
        SpanContext.createFromRemoteParent(
            matcher.group(1),
            matcher.group(2),
            TraceFlags.fromHex(matcher.group(3), 0),
            TraceState.getDefault());
    return context.isValid() ? Optional.of(context) : Optional.empty();
  }
}
