package com.trialsage.engine.ct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads the real NCI EVS file of the shared data. */
class CtFileReaderTest {
  private static final Path FILE =
      Path.of(System.getProperty("trialsage.shared.data"), "ct/SDTM Terminology 2025-03-25.txt");
  private static ControlledTerminology ct;
  private static long loadMillis;

  @BeforeAll
  static void load() throws Exception {
    CtFileReader.read(FILE);
    long start = System.nanoTime();
    ct = CtFileReader.read(FILE);
    loadMillis = (System.nanoTime() - start) / 1_000_000;
    System.err.println("CT load (warm JVM): " + loadMillis + " ms");
  }

  @Test
  void loadsEveryCodelistAndTerm() {
    assertThat(ct.codelists()).hasSize(1158);
    assertThat(ct.termCount()).isEqualTo(43698);
  }

  @Test
  void loadsWellUnderASecond() {
    assertThat(loadMillis).isLessThan(1000);
  }

  @Test
  void tellsNonExtensibleFromExtensibleCodelists() {
    Codelist ny = ct.codelist("C66742").orElseThrow();
    Codelist unit = ct.codelist("C71620").orElseThrow();

    assertThat(ny.isExtensible()).isFalse();
    assertThat(ny.submissionValues()).contains("Y", "N", "U", "NA");
    assertThat(unit.isExtensible()).isTrue();
    assertThat(unit.contains("mg")).isTrue();
  }

  @Test
  void keepsTermSynonymsApartFromSubmissionValues() {
    Codelist sex = ct.codelist("C66731").orElseThrow();

    assertThat(sex.contains("F")).isTrue();
    assertThat(sex.contains("Female")).isFalse();
    assertThat(sex.hasSynonym("Female")).isTrue();
  }

  @Test
  void namesTheVersionAfterTheFile() {
    assertThat(ct.version()).isEqualTo("SDTM Terminology 2025-03-25");
  }

  @Test
  void rejectsAFileWithoutTheEvsColumns(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ct.txt");
    Files.writeString(file, "Code\tName\nC1\tX\n");

    assertThatThrownBy(() -> CtFileReader.read(file))
        .isInstanceOf(CtFormatException.class)
        .hasMessageContaining("Codelist Code");
  }
}
