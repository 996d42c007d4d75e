package com.trialsage.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogContextTest {

  @AfterEach
  void clearContext() {
    LogContext.clear();
  }

  @Test
  void restoresTheOuterContextWhenANestedScopeCloses() {
    try (LogContext.Scope request = LogContext.open("req-1")) {
      try (LogContext.Scope run = LogContext.openRun("acme", "run-1")) {
        assertThat(LogContext.current().runId()).isEqualTo("run-1");
      }

      assertThat(LogContext.current().requestId()).isEqualTo("req-1");
    }

    assertThat(LogContext.current()).isNull();
  }

  @Test
  void addsTheTenantToTheOpenRequest() {
    try (LogContext.Scope request = LogContext.open("req-2")) {
      LogContext.setTenant("acme");

      assertThat(LogContext.current()).isEqualTo(new LogContext.Fields("acme", "req-2", null));
    }
  }

  @Test
  void namesARunInsideARequestAndForgetsItAfterwards() {
    try (LogContext.Scope request = LogContext.open("req-3")) {
      LogContext.setTenant("acme");
      try (LogContext.Scope run = LogContext.withRun("run-3")) {
        assertThat(LogContext.current()).isEqualTo(new LogContext.Fields("acme", "req-3", "run-3"));
      }

      assertThat(LogContext.current()).isEqualTo(new LogContext.Fields("acme", "req-3", null));
    }
  }

  @Test
  void namesTheTenantOfBackgroundWorkAndForgetsItAfterwards() {
    try (LogContext.Scope tenant = LogContext.withTenant("acme")) {
      assertThat(LogContext.current()).isEqualTo(new LogContext.Fields("acme", null, null));
    }

    assertThat(LogContext.current()).isNull();
  }

  @Test
  void keepsFieldsToTheThreadThatSetThem() throws Exception {
    LogContext.setTenant("acme");

    LogContext.Fields seenElsewhere = CompletableFuture.supplyAsync(LogContext::current).get();

    assertThat(seenElsewhere).isNull();
  }

  @Test
  void clearForgetsEveryField() {
    LogContext.setTenant("acme");

    LogContext.clear();

    assertThat(LogContext.current()).isNull();
  }
}
