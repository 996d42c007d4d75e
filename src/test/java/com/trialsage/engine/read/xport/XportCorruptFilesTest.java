package com.trialsage.engine.read.xport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.trialsage.engine.model.DatasetStream;
import com.trialsage.engine.model.InputFormatException;
import com.trialsage.engine.read.DatasetFiles;
import com.trialsage.engine.read.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Broken copies of a real XPORT file (dm.xpt of the Dataset-JSON example study). */
class XportCorruptFilesTest {
  /** dm.xpt: 26 namestrs from byte 640, observations of 318 bytes from byte 4400. */
  private static final int NAMESTRS_START = 640;

  private static final int AGE_NAMESTR = NAMESTRS_START + 14 * 140;

  @TempDir Path folder;

  private Path brokenCopy(byte[] bytes) throws IOException {
    Path copy = folder.resolve("dm.xpt");
    Files.write(copy, bytes);
    return copy;
  }

  private static byte[] original() throws IOException {
    return Files.readAllBytes(SharedData.file("datasetjson/sdtm/dm.xpt"));
  }

  private static InputFormatException readAll(Path file) {
    return catchThrowableOfType(
        InputFormatException.class,
        () -> {
          try (DatasetStream in = DatasetFiles.open(file, null)) {
            while (in.nextDataset()) {
              while (in.nextRecord() != null) {
                // read on to the failure
              }
            }
          }
        });
  }

  @ParameterizedTest(name = "cut at byte {0}")
  @ValueSource(ints = {100, 200, 250, 400, 700, 1000, 4470, 4500, 4560, 8000, 12_999, 13_000})
  void rejectsACopyCutShortNearTheCut(int length) throws IOException {
    Path cut = brokenCopy(Arrays.copyOf(original(), length));

    InputFormatException failure = readAll(cut);

    assertThat(failure).as("cut at %d", length).isNotNull();
    assertThat(failure.file()).isEqualTo("dm.xpt");
    assertThat(failure.byteOffset()).isBetween(length - 318L - 80L, (long) length);
    assertThat(failure.getMessage()).contains("dm.xpt at byte ");
  }

  @Test
  void rejectsABadHeaderRecordNamingWhatItFound() throws IOException {
    byte[] bytes = original();
    byte[] bad = "MEMBEX  ".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(bad, 0, bytes, 240 + 20, bad.length);

    InputFormatException failure = readAll(brokenCopy(bytes));

    assertThat(failure.byteOffset()).isEqualTo(240);
    assertThat(failure.reason()).contains("expected the MEMBER header record", "MEMBEX");
  }

  @Test
  void rejectsANamestrCountThatDoesNotMatchTheNamestrs() throws IOException {
    byte[] bytes = original();
    bytes[560 + 57] = '7';

    InputFormatException failure = readAll(brokenCopy(bytes));

    assertThat(failure.byteOffset()).isEqualTo(NAMESTRS_START + 26 * 140);
    assertThat(failure.reason()).contains("namestr record 27 of 27");
  }

  @Test
  void rejectsANumericLengthOutsideTwoToEight() throws IOException {
    byte[] bytes = original();
    bytes[AGE_NAMESTR + 5] = 9;

    InputFormatException failure = readAll(brokenCopy(bytes));

    assertThat(failure.byteOffset()).isEqualTo(AGE_NAMESTR + 4);
    assertThat(failure.reason()).contains("AGE", "length 9", "2 to 8");
  }

  @Test
  void rejectsANamestrLengthOtherThan140Or136() throws IOException {
    byte[] bytes = original();
    bytes[240 + 77] = '2';

    InputFormatException failure = readAll(brokenCopy(bytes));

    assertThat(failure.reason()).contains("\"0142\"", "140");
  }

  @Test
  void rejectsTheXportVersion8SampleAskingForVersion5() {
    InputFormatException failure = readAll(SharedData.file("bad/xport-v8.xpt"));

    assertThat(failure.byteOffset()).isZero();
    assertThat(failure.reason()).contains("version 8", "not supported", "version 5");
  }

  @Test
  void rejectsTheEmptySample() {
    InputFormatException failure = readAll(SharedData.file("bad/empty.xpt"));

    assertThat(failure.file()).isEqualTo("empty.xpt");
    assertThat(failure.reason()).contains("file is empty");
  }
}
