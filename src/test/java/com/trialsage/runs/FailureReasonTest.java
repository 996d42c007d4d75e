package com.trialsage.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FailureReasonTest {

  @Test
  void onlyACrashATimeoutOrUnreadableOutputIsTheEngineInfrastructuresFailure() {
    assertThat(Arrays.stream(FailureReason.values()).filter(FailureReason::isEngineInfrastructure))
        .containsExactlyInAnyOrder(
            FailureReason.ENGINE_ERROR, FailureReason.TIMEOUT, FailureReason.UNREADABLE_OUTPUT);
  }
}
