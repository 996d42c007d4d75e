package com.trialsage.engine.read.xport;

import com.trialsage.engine.model.VariableType;
import com.trialsage.engine.read.xport.XportWriter.Column;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small XPORT files built in memory for the reader's tests. */
final class XportFiles {
  static final List<Column> VITALS =
      List.of(
          new Column("USUBJID", "Unique Subject Identifier", VariableType.CHAR, 12),
          new Column("VSTESTCD", "Vital Signs Test Short Name", VariableType.CHAR, 8),
          new Column("VSSTRESN", "Numeric Result", VariableType.NUM, 8),
          new Column("VSDY", "Study Day", VariableType.NUM, 4));

  private XportFiles() {}

  /** One member per name, each with {@code records} observations of {@link #VITALS}. */
  static byte[] vitals(int namestrLength, int records, String... names) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XportWriter writer = new XportWriter(bytes, StandardCharsets.US_ASCII)) {
      for (String name : names) {
        writer.startMember(name, "Vital Signs " + name, VITALS, namestrLength);
        for (int i = 1; i <= records; i++) {
          writer.text(0, "SUBJ-" + i).text(1, "SYSBP").number(2, 100 + i / 4.0).number(3, i);
          writer.writeObservation();
        }
      }
    }
    return bytes.toByteArray();
  }

  /** One member with one character variable of {@code length} bytes and these values. */
  static byte[] characters(Charset charset, int length, String... values) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XportWriter writer = new XportWriter(bytes, charset)) {
      writer.startMember(
          "CO",
          "Comments",
          List.of(new Column("COVAL", "Comment", VariableType.CHAR, length)),
          140);
      for (String value : values) {
        writer.text(0, value).writeObservation();
      }
    }
    return bytes.toByteArray();
  }
}
