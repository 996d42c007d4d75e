package com.trialsage.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final RetryPolicy policy =
      new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(8));

  @Test
  void doublesThePauseAfterEachFailureUpToTheCap() {
    long[] seconds = new long[6];

    for (int failed = 1; failed <= 6; failed++) {
      seconds[failed - 1] = policy.backoff(failed, 0.999_999).toSeconds();
    }

    assertThat(seconds).containsExactly(1, 2, 4, 8, 8, 8);
  }

  @Test
  void jitterKeepsThePauseInTheUpperHalf() {
    Duration lowest = policy.backoff(3, 0.0);

    Duration highest = policy.backoff(3, 0.999_999);

    assertThat(lowest).isEqualTo(Duration.ofSeconds(2));
    assertThat(highest).isBetween(Duration.ofMillis(3999), Duration.ofSeconds(4));
  }

  @Test
  void rejectsACapBelowTheBase() {
    assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxDelay");
  }
}
