package com.trialsage.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import org.junit.jupiter.api.Test;

class TraceParentTest {
  private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String SPAN = "00f067aa0ba902b7";

  @Test
  void writesAndReadsBackASampledRemoteParent() {
    SpanContext context =
        SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(), TraceState.getDefault());

    String written = TraceParent.format(context);
    SpanContext read = TraceParent.parse(written).orElseThrow();

    assertThat(written).isEqualTo("00-" + TRACE + "-" + SPAN + "-01");
    assertThat(read.getTraceId()).isEqualTo(TRACE);
    assertThat(read.getSpanId()).isEqualTo(SPAN);
    assertThat(read.isSampled()).isTrue();
    assertThat(read.isRemote()).isTrue();
  }

  @Test
  void writesNothingWithoutAValidSpan() {
    assertThat(TraceParent.format(SpanContext.getInvalid())).isNull();
    assertThat(TraceParent.format(null)).isNull();
  }

  @Test
  void readsNothingFromNullMalformedOrAllZeroValues() {
    assertThat(TraceParent.parse(null)).isEmpty();
    assertThat(TraceParent.parse("00-" + TRACE + "-" + SPAN)).isEmpty();
    assertThat(TraceParent.parse("01-" + TRACE + "-" + SPAN + "-01")).isEmpty();
    assertThat(TraceParent.parse("00-" + TRACE.toUpperCase() + "-" + SPAN + "-01")).isEmpty();
    assertThat(TraceParent.parse("00-" + "0".repeat(32) + "-" + SPAN + "-01")).isEmpty();
  }
}
