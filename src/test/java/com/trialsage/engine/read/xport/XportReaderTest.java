package com.trialsage.engine.read.xport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trialsage.engine.model.DatasetStream;
import com.trialsage.engine.model.Record;
import com.trialsage.engine.model.VariableType;
import com.trialsage.engine.read.xport.XportWriter.Column;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class XportReaderTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static DatasetStream open(byte[] file, Charset charset) throws IOException {
    return new XportReader(new ByteArrayInputStream(file), "test.xpt", charset);
  }

  private static List<String> names(byte[] file) throws IOException {
    List<String> names = new ArrayList<>();
    try (DatasetStream in = open(file, null)) {
      while (in.nextDataset()) {
        names.add(in.metadata().name() + ":" + countRecords(in));
      }
    }
    return names;
  }

  private static long countRecords(DatasetStream in) throws IOException {
    long count = 0;
    while (in.nextRecord() != null) {
      count++;
    }
    return count;
  }

  @Test
  void readsEveryMemberOfAFileInTurn() throws IOException {
    byte[] file = XportFiles.vitals(140, 3, "VS", "VS2", "VS3");

    List<String> members = names(file);

    assertThat(members).containsExactly("VS:3", "VS2:3", "VS3:3");
  }

  @Test
  void skipsTheUnreadRecordsOfAMemberWhenMovingToTheNext() throws IOException {
    byte[] file = XportFiles.vitals(140, 50, "VS", "VS2");
    List<String> seen = new ArrayList<>();

    try (DatasetStream in = open(file, null)) {
      in.nextDataset();
      in.nextRecord();
      in.nextDataset();
      seen.add(in.metadata().name() + ":" + in.nextRecord().text(0));
    }

    assertThat(seen).containsExactly("VS2:SUBJ-1");
  }

  @Test
  void readsVaxVmsNamestrsOf136Bytes() throws IOException {
    byte[] file = XportFiles.vitals(136, 4, "VS", "VS2");

    List<String> members = names(file);

    assertThat(members).containsExactly("VS:4", "VS2:4");
  }

  @Test
  void readsValuesAndTruncatedNumerics() throws IOException {
    byte[] file = XportFiles.vitals(140, 6, "VS");

    try (DatasetStream in = open(file, null)) {
      in.nextDataset();
      for (int i = 0; i < 5; i++) {
        in.nextRecord();
      }
      Record sixth = in.nextRecord();

      assertThat(sixth.number()).isEqualTo(6);
      assertThat(sixth.text(0)).isEqualTo("SUBJ-6");
      assertThat(sixth.text(2)).isEqualTo("101.5");
      assertThat(sixth.number(3)).isEqualTo(6.0);
      assertThat(in.metadata().variables().get(3).length()).isEqualTo(4);
    }
  }

  @Test
  void reportsEachOfTheTwentyEightMissingCodesOfAFile() throws IOException {
    String codes = "._ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Column> columns = List.of(new Column("AVAL", "Value", VariableType.NUM, 8));
    try (XportWriter writer = new XportWriter(bytes, StandardCharsets.US_ASCII)) {
      writer.startMember("ADX", "Missing codes", columns, 140);
      for (char code : codes.toCharArray()) {
        writer.missing(0, code).writeObservation();
      }
      writer.number(0, 0.0).writeObservation();
    }
    StringBuilder read = new StringBuilder();
    List<String> zero = new ArrayList<>();

    try (DatasetStream in = open(bytes.toByteArray(), null)) {
      in.nextDataset();
      for (Record r = in.nextRecord(); r != null; r = in.nextRecord()) {
        if (r.isMissing(0)) {
          read.append(r.missingCode(0));
          assertThat(r.number(0)).isNaN();
          assertThat(r.text(0)).isEmpty();
        } else {
          zero.add(r.text(0) + "/" + (int) r.missingCode(0));
        }
      }
    }

    assertThat(read.toString()).isEqualTo(codes);
    assertThat(zero).containsExactly("0/0");
  }

  @Test
  void refusesNumberOnACharacterColumn() throws IOException {
    byte[] file = XportFiles.vitals(140, 1, "VS");

    try (DatasetStream in = open(file, null)) {
      in.nextDataset();
      Record first = in.nextRecord();

      assertThatThrownBy(() -> first.number(0))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("USUBJID");
      assertThat(first.missingCode(0)).isEqualTo((char) 0);
    }
  }

  @Test
  void treatsBlankTrailingObservationsInsideTheLastRecordAsPadding() throws IOException {
    // 10-byte observations: "A", then three all-blank ones that share A's 80-byte record.
    byte[] file = XportFiles.characters(StandardCharsets.US_ASCII, 10, "A", "", "", "");

    List<String> members = names(file);

    assertThat(members).containsExactly("CO:1");
  }

  @Test
  void keepsBlankObservationsFollowedByData() throws IOException {
    byte[] file = XportFiles.characters(StandardCharsets.US_ASCII, 10, "A", "", "", "B");
    List<Boolean> missing = new ArrayList<>();

    try (DatasetStream in = open(file, null)) {
      in.nextDataset();
      for (Record r = in.nextRecord(); r != null; r = in.nextRecord()) {
        missing.add(r.isMissing(0));
      }
    }

    assertThat(missing).containsExactly(false, true, true, false);
  }

  @Test
  void readsAnObservationThatFillsItsRecordsExactly() throws IOException {
    byte[] file = XportFiles.characters(StandardCharsets.US_ASCII, 80, "X", "Y");

    List<String> members = names(file);

    assertThat(members).containsExactly("CO:2");
  }

  @Test
  void decodesUtf8AndWindows1252ValuesWhenNoCharsetIsGiven() throws IOException {
    byte[] utf8 = XportFiles.characters(StandardCharsets.UTF_8, 20, "Größe µg");
    byte[] windows = XportFiles.characters(WINDOWS_1252, 20, "Größe µg €");

    assertThat(firstText(utf8, null)).isEqualTo("Größe µg");
    assertThat(firstText(windows, null)).isEqualTo("Größe µg €");
  }

  @Test
  void decodesWithTheCharsetGiven() throws IOException {
    byte[] latin1 = XportFiles.characters(StandardCharsets.ISO_8859_1, 20, "Größe");
    byte[] utf8 = XportFiles.characters(StandardCharsets.UTF_8, 20, "Größe");

    assertThat(firstText(latin1, StandardCharsets.ISO_8859_1)).isEqualTo("Größe");
    assertThat(firstText(utf8, StandardCharsets.UTF_8)).isEqualTo("Größe");
    assertThat(firstText(utf8, WINDOWS_1252)).isEqualTo("GrÃ¶ÃŸe");
  }

  private static String firstText(byte[] file, Charset charset) throws IOException {
    try (DatasetStream in = open(file, charset)) {
      in.nextDataset();
      return in.nextRecord().text(0);
    }
  }

  @Test
  void readsAFileWithNoMembers() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new XportWriter(bytes, StandardCharsets.US_ASCII).close();

    List<String> members = names(bytes.toByteArray());

    assertThat(members).isEmpty();
  }
}
