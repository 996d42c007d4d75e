package com.trialsage.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogContextTest {

  @AfterEach
  void clearContext() {
    LogContext.clear();
  }

  @Test
  void restoresThePreviousValueWhenAScopeCloses() {
    LogContext.set(LogContext.Field.TENANT, "outer");

    try (LogContext.Scope scope = LogContext.open(LogContext.Field.TENANT, "inner")) {
      assertThat(LogContext.get(LogContext.Field.TENANT)).contains("inner");
    }

    assertThat(LogContext.get(LogContext.Field.TENANT)).contains("outer");
  }

  @Test
  void removesAFieldThatWasUnsetBeforeTheScope() {
    try (LogContext.Scope scope = LogContext.open(LogContext.Field.REQUEST_ID, "req-1")) {
      assertThat(LogContext.get(LogContext.Field.REQUEST_ID)).contains("req-1");
    }

    assertThat(LogContext.get(LogContext.Field.REQUEST_ID)).isEmpty();
  }

  @Test
  void keepsFieldsToTheThreadThatSetThem() throws Exception {
    LogContext.set(LogContext.Field.RUN_ID, "run-1");

    Optional<String> seenElsewhere =
        CompletableFuture.supplyAsync(() -> LogContext.get(LogContext.Field.RUN_ID)).get();

    assertThat(seenElsewhere).isEmpty();
  }

  @Test
  void clearRemovesEveryField() {
    LogContext.set(LogContext.Field.TENANT, "acme");
    LogContext.set(LogContext.Field.RUN_ID, "run-1");

    LogContext.clear();

    assertThat(LogContext.get(LogContext.Field.TENANT)).isEmpty();
    assertThat(LogContext.get(LogContext.Field.RUN_ID)).isEmpty();
  }
}
