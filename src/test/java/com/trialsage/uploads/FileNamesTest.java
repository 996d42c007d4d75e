package com.trialsage.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void prefersTheExtendedFileName() {
    assertThat(
            FileNames.of(
                "attachment; filename=\"plain.xpt\"; filename*=UTF-8''d%C3%A9mo.xpt", null, "x"))
        .isEqualTo("démo.xpt");
  }

  @Test
  void takesThePlainFileNameOrTheQueryParameter() {
    assertThat(FileNames.of("attachment; filename=\"dm.xpt\"", "other", "x")).isEqualTo("dm.xpt");
    assertThat(FileNames.of(null, "ae.json", "x")).isEqualTo("ae.json");
  }

  @Test
  void keepsOnlyTheLastPathSegment() {
    assertThat(FileNames.of(null, "../../etc/passwd", "x")).isEqualTo("passwd");
    assertThat(FileNames.of(null, "C:\\data\\dm.xpt", "x")).isEqualTo("dm.xpt");
  }

  @Test
  void fallsBackWhenNothingUsableIsGiven() {
    assertThat(FileNames.of(null, "..", "upload")).isEqualTo("upload");
    assertThat(FileNames.of(null, null, "upload")).isEqualTo("upload");
  }
}
