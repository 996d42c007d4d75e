package com.trialsage.engine.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberTextTest {

  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource({
    "1.0, 1",
    "-7.0, -7",
    "2.5, 2.5",
    "-0.001, -0.001",
    "0.1, 0.1",
    "1e-10, 1E-10",
    "123456789012.0, 123456789012",
    "1e21, 1E21",
    "1.5e300, 1.5E300",
    "0.000001, 0.000001",
    "2e-7, 2E-7",
    "0.30000000000000004, 0.30000000000000004",
  })
  void writesTheShortestTextWithoutTrailingPointZero(double value, String expected) {
    String text = NumberText.format(value);

    assertThat(text).isEqualTo(expected);
  }

  @Test
  void writesMissingAsEmptyAndBothZerosAsZero() {
    assertThat(NumberText.format(Double.NaN)).isEmpty();
    assertThat(NumberText.format(0.0)).isEqualTo("0");
    assertThat(NumberText.format(-0.0)).isEqualTo("0");
  }

  @Test
  void writesTwoE23WithOneDigitWhereJava17WritesMore() {
    String text = NumberText.format(2e23);

    assertThat(text).isEqualTo("2E23");
  }

  @Test
  void readsBackToTheSameDoubleForRandomValues() {
    Random random = new Random(7);

    for (int i = 0; i < 100_000; i++) {
      double value = Double.longBitsToDouble(random.nextLong());
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        continue;
      }

      assertThat(Double.parseDouble(NumberText.format(value))).isEqualTo(value);
    }
  }
}
