package com.trialsage.engine.read.xport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IbmFloatTest {

  private static double read(String hex) {
    byte[] bytes = HexFormat.of().parseHex(hex);
    return IbmFloat.toDouble(bytes, 0, bytes.length);
  }

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource({
    "4110000000000000, 1.0",
    "C110000000000000, -1.0",
    "C276A00000000000, -118.625",
    "401999999999999A, 0.1",
    "4264000000000000, 100.0",
    "4220000000000000, 32.0",
    "4010000000000000, 0.0625",
    "C1F0000000000000, -15.0",
    "4118, 1.5",
    "4264, 100.0",
    "C276A0, -118.625",
    "C276A000, -118.625",
  })
  void readsKnownBitPatterns(String hex, double expected) {
    double value = read(hex);

    assertThat(value).isEqualTo(expected);
  }

  @Test
  void readsPointOneAsTheNearestDouble() {
    double value = read("401999999999999A");

    assertThat(value).isEqualTo(0.1);
  }

  @Test
  void readsTheLargestIbmNumberRoundedToTwoToThe252() {
    double value = read("7FFFFFFFFFFFFFFF");

    assertThat(value).isEqualTo(Math.pow(2, 252));
  }

  @Test
  void readsTheSmallestNormalisedIbmNumberExactly() {
    double value = read("0010000000000000");

    assertThat(value).isEqualTo(Math.pow(2, -260));
  }

  @Test
  void readsAnUnnormalisedFraction() {
    double value = read("4100000000000001");

    assertThat(value).isEqualTo(Math.pow(2, -52));
  }

  @Test
  void roundsFiftySixFractionBitsToNearestNotDown() {
    double value = read("40FFFFFFFFFFFFFF");

    assertThat(value).isEqualTo(1.0);
  }

  @Test
  void roundsAnExactHalfToEven() {
    double down = read("4080000000000004");
    double up = read("408000000000000C");

    assertThat(down).isEqualTo(0.5);
    assertThat(up).isEqualTo(0.5 + Math.pow(2, -52));
  }

  @Test
  void readsZeroAndNegativeZero() {
    double zero = read("0000000000000000");
    double negativeZero = read("8000000000000000");

    assertThat(Double.doubleToRawLongBits(zero)).isZero();
    assertThat(Double.doubleToRawLongBits(negativeZero)).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void readsAllTwentyEightMissingCodesDistinctly() {
    Set<Character> codes = new HashSet<>();
    String marks = "._ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    for (char mark : marks.toCharArray()) {
      byte[] bytes = {(byte) mark, 0, 0, 0, 0, 0, 0, 0};
      codes.add(IbmFloat.missingCode(bytes, 0, 8));
    }

    assertThat(codes).hasSize(28).doesNotContain((char) 0);
    assertThat(codes)
        .containsExactlyInAnyOrderElementsOf(marks.chars().mapToObj(c -> (char) c).toList());
  }

  @Test
  void readsMissingCodesInTruncatedNumbers() {
    byte[] bytes = {'Z', 0, 0};

    char code = IbmFloat.missingCode(bytes, 0, 3);

    assertThat(code).isEqualTo('Z');
  }

  @Test
  void treatsZeroAndAMissingMarkFollowedByDataAsValues() {
    byte[] zero = new byte[8];
    byte[] notMissing = {'A', 0, 0, 0, 0, 0, 0, 1};

    assertThat(IbmFloat.missingCode(zero, 0, 8)).isEqualTo((char) 0);
    assertThat(IbmFloat.missingCode(notMissing, 0, 8)).isEqualTo((char) 0);
  }

  @Test
  void readsBackEveryDoubleThatTheWriterWritesInEightBytes() {
    Random random = new Random(20261203);
    byte[] bytes = new byte[8];

    for (int i = 0; i < 100_000; i++) {
      double value = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(120) - 60);
      IbmBytes.write(value, bytes, 0, 8);

      assertThat(IbmFloat.toDouble(bytes, 0, 8)).isEqualTo(value);
    }
  }
}
