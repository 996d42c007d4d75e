package com.trialsage.engine.read.xport;

import com.trialsage.engine.model.VariableType;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes SAS XPORT v5 files (TS-140) for tests and the benchmark: several members per file, 140 or
 * 136-byte namestrs, any numeric length 2..8. Fill an observation with {@link #text}, {@link
 * #number} and {@link #missing}, then {@link #writeObservation}.
 */
public final class XportWriter implements Closeable {
  /** One variable to write. */
  public record Column(String name, String label, VariableType type, int length) {}

  private static final String HEADER = "HEADER RECORD*******%-8sHEADER RECORD!!!!!!!%-30s  ";
  private static final String DATE = "01JAN26:00:00:00";

  private final OutputStream out;
  private final Charset charset;
  private long written;
  private List<Column> columns;
  private int[] positions;
  private byte[] observation;

  public XportWriter(OutputStream out, Charset charset) throws IOException {
    this.out = out;
    this.charset = charset;
    writeText(String.format(HEADER, "LIBRARY", "0".repeat(30)));
    writeText(pad("SAS     SAS     SASLIB  9.4     X64_10PR", 64) + DATE);
    writeText(pad(DATE, 80));
  }

  /** Ends the previous member, if any, and starts one with these variables. */
  public void startMember(String name, String label, List<Column> columns, int namestrLength)
      throws IOException {
    endMember();
    this.columns = List.copyOf(columns);
    writeText(String.format(HEADER, "MEMBER", "000000000000000001600000000" + namestrLength));
    writeText(String.format(HEADER, "DSCRPTR", "0".repeat(30)));
    writeText(pad("SAS     " + pad(name, 8) + "SASDATA 9.4     X64_10PR", 64) + DATE);
    writeText(DATE + " ".repeat(16) + pad(label, 40) + " ".repeat(8));
    writeText(
        String.format(
            HEADER, "NAMESTR", String.format("000000%04d", columns.size()) + "0".repeat(20)));
    positions = new int[columns.size()];
    int position = 0;
    for (int i = 0; i < columns.size(); i++) {
      positions[i] = position;
      writeNamestr(columns.get(i), i, position, namestrLength);
      position += columns.get(i).length();
    }
    padToRecord((byte) ' ');
    writeText(String.format(HEADER, "OBS", "0".repeat(30)));
    observation = new byte[position];
  }

  private void writeNamestr(Column column, int index, int position, int namestrLength)
      throws IOException {
    byte[] namestr = new byte[namestrLength];
    putShort(namestr, 0, column.type() == VariableType.NUM ? 1 : 2);
    putShort(namestr, 4, column.length());
    putShort(namestr, 6, index + 1);
    putAscii(namestr, 8, pad(column.name(), 8));
    putAscii(namestr, 16, pad(column.label(), 40));
    putAscii(namestr, 56, " ".repeat(8));
    putAscii(namestr, 72, " ".repeat(8));
    namestr[84] = (byte) (position >>> 24);
    namestr[85] = (byte) (position >>> 16);
    namestr[86] = (byte) (position >>> 8);
    namestr[87] = (byte) position;
    write(namestr);
  }

  public XportWriter text(int column, String value) {
    byte[] bytes = value.getBytes(charset);
    int length = columns.get(column).length();
    Arrays.fill(observation, positions[column], positions[column] + length, (byte) ' ');
    System.arraycopy(bytes, 0, observation, positions[column], Math.min(bytes.length, length));
    return this;
  }

  public XportWriter number(int column, double value) {
    IbmBytes.write(value, observation, positions[column], columns.get(column).length());
    return this;
  }

  /** A missing value: {@code '.'}, {@code '_'} or {@code 'A'}..{@code 'Z'}. */
  public XportWriter missing(int column, char code) {
    int length = columns.get(column).length();
    Arrays.fill(observation, positions[column], positions[column] + length, (byte) 0);
    observation[positions[column]] = (byte) code;
    return this;
  }

  public void writeObservation() throws IOException {
    write(observation);
  }

  /** Pads the observations of the current member to 80 bytes with blanks (TS-140). */
  public void endMember() throws IOException {
    if (columns != null) {
      padToRecord((byte) ' ');
      columns = null;
    }
  }

  @Override
  public void close() throws IOException {
    endMember();
    out.close();
  }

  private void padToRecord(byte pad) throws IOException {
    int length = (int) ((80 - written % 80) % 80);
    byte[] padding = new byte[length];
    Arrays.fill(padding, pad);
    write(padding);
  }

  private void writeText(String record) throws IOException {
    if (record.length() != 80) {
      throw new IllegalArgumentException("header record of " + record.length() + " characters");
    }
    write(record.getBytes(StandardCharsets.US_ASCII));
  }

  private void write(byte[] bytes) throws IOException {
    out.write(bytes);
    written += bytes.length;
  }

  private static String pad(String text, int length) {
    return String.format("%-" + length + "s", text).substring(0, length);
  }

  private static void putShort(byte[] bytes, int offset, int value) {
    bytes[offset] = (byte) (value >>> 8);
    bytes[offset + 1] = (byte) value;
  }

  private static void putAscii(byte[] bytes, int offset, String text) {
    byte[] ascii = text.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(ascii, 0, bytes, offset, ascii.length);
  }
}
