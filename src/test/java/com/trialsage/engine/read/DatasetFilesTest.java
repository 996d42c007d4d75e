package com.trialsage.engine.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.trialsage.engine.model.InputFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DatasetFiles recognises the format from the content, whatever the file is called. */
class DatasetFilesTest {
  @TempDir Path folder;

  private static Path example(String file) {
    return SharedData.file("datasetjson/sdtm/" + file);
  }

  private Path copy(String name, byte[] content) throws IOException {
    Path copy = folder.resolve(name);
    Files.write(copy, content);
    return copy;
  }

  private static InputFormatException failure(Path file) {
    return catchThrowableOfType(
        InputFormatException.class, () -> DatasetContent.readAll(file, null));
  }

  @Test
  void readsAnXptFileWhateverItsExtension() throws IOException {
    Path renamed = copy("dm.json", Files.readAllBytes(example("dm.xpt")));

    DatasetContent content = DatasetContent.readOnly(renamed);

    assertThat(content).isEqualTo(DatasetContent.readOnly(example("dm.xpt")));
  }

  @Test
  void readsZlibCompressedNdjsonAsTheSpecificationDescribes() throws IOException {
    ByteArrayOutputStream zlib = new ByteArrayOutputStream();
    try (DeflaterOutputStream out = new DeflaterOutputStream(zlib)) {
      out.write(Files.readAllBytes(example("dm.ndjson")));
    }
    Path dsjc = copy("dm.dsjc", zlib.toByteArray());

    DatasetContent content = DatasetContent.readOnly(dsjc);

    assertThat(zlib.toByteArray()[0]).isEqualTo((byte) 0x78);
    assertThat(content).isEqualTo(DatasetContent.readOnly(example("dm.json")));
  }

  @Test
  void readsJsonAfterAByteOrderMarkAndWhitespace() throws IOException {
    byte[] json = Files.readAllBytes(example("ta.json"));
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n', ' '};
    byte[] content = Arrays.copyOf(bom, bom.length + json.length);
    System.arraycopy(json, 0, content, bom.length, json.length);

    DatasetContent read = DatasetContent.readOnly(copy("ta.json", content));

    assertThat(read).isEqualTo(DatasetContent.readOnly(example("ta.json")));
  }

  @Test
  void rejectsAGzipFileCutShort() throws IOException {
    byte[] dsjc = Files.readAllBytes(example("dm.dsjc"));
    Path cut = copy("dm.dsjc", Arrays.copyOf(dsjc, dsjc.length / 2));

    InputFormatException failure = failure(cut);

    assertThat(failure.reason()).contains("compressed data is corrupt or cut short");
  }

  @Test
  void rejectsGzipContentThatIsNotDatasetJson() throws IOException {
    ByteArrayOutputStream gzip = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
      out.write("just text".getBytes(StandardCharsets.US_ASCII));
    }

    InputFormatException failure = failure(copy("text.dsjc", gzip.toByteArray()));

    assertThat(failure.reason()).contains("decompressed");
  }

  @Test
  void rejectsUtf16Json() throws IOException {
    byte[] utf16 = "{\"a\": 1}".getBytes(StandardCharsets.UTF_16);

    InputFormatException failure = failure(copy("a.json", utf16));

    assertThat(failure.reason()).contains("UTF-16", "UTF-8");
  }

  @Test
  void rejectsAnythingElseNamingItsFirstBytes() throws IOException {
    Path csv = copy("dm.xpt", "STUDYID,DOMAIN\nCDISC01,DM\n".getBytes(StandardCharsets.US_ASCII));

    InputFormatException failure = failure(csv);

    assertThat(failure.byteOffset()).isZero();
    assertThat(failure.reason())
        .contains("neither SAS XPORT v5 nor Dataset-JSON", "STUDYID,DOMAIN");
  }
}
