package com.trialsage.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {
  private static final Path DATA = Path.of(System.getProperty("trialsage.shared.data"));

  private static byte[] head(String relative) throws IOException {
    byte[] all = Files.readAllBytes(DATA.resolve(relative));
    return Arrays.copyOf(all, Math.min(all.length, FormatSniffer.HEAD_BYTES));
  }

  @Test
  void recognisesXportVersion5() throws IOException {
    assertThat(FormatSniffer.sniff(head("sdtm/cdiscpilot01/dm.xpt"))).contains(UploadFormat.XPORT);
  }

  @Test
  void refusesXportVersion8() throws IOException {
    assertThat(FormatSniffer.sniff(head("bad/xport-v8.xpt"))).isEmpty();
  }

  @Test
  void refusesAnEmptyFile() {
    assertThat(FormatSniffer.sniff(new byte[0])).isEmpty();
  }

  @Test
  void recognisesDatasetJson() throws IOException {
    assertThat(FormatSniffer.sniff(head("datasetjson/sdtm/ae.json")))
        .contains(UploadFormat.DATASET_JSON);
  }

  @Test
  void recognisesNdjson() throws IOException {
    assertThat(FormatSniffer.sniff(head("datasetjson/sdtm/ae.ndjson")))
        .contains(UploadFormat.NDJSON);
  }

  @Test
  void recognisesGzipDsjc() throws IOException {
    assertThat(FormatSniffer.sniff(head("datasetjson/sdtm/ae.dsjc"))).contains(UploadFormat.DSJC);
  }

  @Test
  void recognisesZlibDsjc() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream zlib = new DeflaterOutputStream(out)) {
      zlib.write(Files.readAllBytes(DATA.resolve("datasetjson/sdtm/ae.ndjson")));
    }

    assertThat(FormatSniffer.sniff(out.toByteArray())).contains(UploadFormat.DSJC);
  }

  @Test
  void recognisesDefineXml21And10() throws IOException {
    assertThat(FormatSniffer.sniff(head("datasetjson/sdtm/define.xml")))
        .contains(UploadFormat.DEFINE_XML);
    assertThat(FormatSniffer.sniff(head("sdtm/cdiscpilot01/define.xml")))
        .contains(UploadFormat.DEFINE_XML);
  }

  @Test
  void refusesOtherJsonAndXml() {
    assertThat(FormatSniffer.sniff("{\"a\":1}".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(FormatSniffer.sniff("<html></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void recognisesZip() {
    assertThat(FormatSniffer.sniff(new byte[] {'P', 'K', 3, 4, 0})).contains(UploadFormat.ZIP);
  }
}
