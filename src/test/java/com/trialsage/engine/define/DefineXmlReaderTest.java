package com.trialsage.engine.define;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefineXmlReaderTest {
  private static final Path DATA = Path.of(System.getProperty("trialsage.shared.data"));

  @Test
  void readsDefine21LabelsFromTranslatedText() throws Exception {
    DefineDocument define = DefineXmlReader.read(DATA.resolve("datasetjson/sdtm/define.xml"));

    assertThat(define.dataset("AE").orElseThrow())
        .filteredOn(v -> v.name().equals("AESEQ"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.label()).isEqualTo("Sequence Number");
              assertThat(v.isNumeric()).isTrue();
            });
  }

  @Test
  void readsDefine10LabelsFromTheLabelAttribute() throws Exception {
    DefineDocument define = DefineXmlReader.read(DATA.resolve("sdtm/cdiscpilot01/define.xml"));

    assertThat(define.dataset("DM").orElseThrow())
        .filteredOn(v -> v.name().equals("USUBJID"))
        .singleElement()
        .satisfies(v -> assertThat(v.label()).isEqualTo("Unique Subject Identifier"));
  }

  @Test
  void refusesADoctypeSoNoExternalEntityIsResolved(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP SECRET");
    Path define = dir.resolve("define.xml");
    Files.writeString(
        define,
        "<?xml version=\"1.0\"?><!DOCTYPE ODM [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]><ODM><ItemGroupDef Name=\"AE\"/><ItemDef OID=\"I\" Name=\"&x;\"/></ODM>");

    assertThatThrownBy(() -> DefineXmlReader.read(define))
        .isInstanceOf(DefineFormatException.class)
        .hasMessageContaining("define.xml")
        .hasMessageNotContaining("TOP SECRET");
  }
}
