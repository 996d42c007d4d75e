package com.trialsage.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

  @Test
  void keepsASafeClientId() {
    assertThat(RequestIds.accept("trace-01:abc/def_9.x")).isEqualTo("trace-01:abc/def_9.x");
  }

  @Test
  void replacesAnIdThatCouldForgeLogLinesOrHeaders() {
    String forged = "abc\r\nX-Admin: yes";

    assertThat(RequestIds.accept(forged)).isNotEqualTo(forged).hasSize(36);
  }

  @Test
  void replacesAnOverlongId() {
    assertThat(RequestIds.accept("a".repeat(129))).hasSize(36);
  }

  @Test
  void generatesAnIdWhenTheClientSentNone() {
    assertThat(RequestIds.accept(null)).isNotEqualTo(RequestIds.accept(null)).hasSize(36);
  }
}
