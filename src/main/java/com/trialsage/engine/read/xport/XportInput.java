package com.trialsage.engine.read.xport;

import com.trialsage.engine.model.InputFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The byte window of one XPORT file, with TS-140's 80-byte header records and its errors. */
final class XportInput {
  /** TS-140: every header record, and the file as a whole, comes in 80-byte records. */
  static final int RECORD_LENGTH = 80;

  /** The fixed text that starts every TS-140 header record, up to the record type. */
  private static final String HEADER_START = "HEADER RECORD*******";

  private static final String HEADER_END = "HEADER RECORD!!!!!!!";

  private final ByteWindow window;
  private final String fileName;

  XportInput(ByteWindow window, String fileName) {
    this.window = window;
    this.fileName = fileName;
  }

  ByteWindow window() {
    return window;
  }

  String fileName() {
    return fileName;
  }

  InputFormatException failure(long byteOffset, String reason) {
    return new InputFormatException(fileName, byteOffset, reason);
  }

  /**
   * Reads the next 80-byte record and returns its start in {@link ByteWindow#buffer()}.
   *
   * @param what what the record should be, for the message when the file ends inside it
   */
  int nextRecord80(String what) throws IOException {
    int available = window.require(RECORD_LENGTH);
    if (available < RECORD_LENGTH) {
      throw failure(
          window.offset(),
          "the file ends after "
              + available
              + " of the 80 bytes of the "
              + what
              + "; it is cut short");
    }
    int start = window.position();
    window.advance(RECORD_LENGTH);
    return start;
  }

  /**
   * Reads the next 80-byte record and checks that it is the TS-140 header record of {@code type}
   * (as written in the record, for example {@code "MEMBER "}); returns its start in the buffer.
   */
  int nextHeader(String type) throws IOException {
    long offset = window.offset();
    int start = nextRecord80(type.trim() + " header record");
    if (!isHeader(start, type)) {
      throw failure(
          offset,
          "expected the " + type.trim() + " header record but found \"" + ascii(start, 48) + "\"");
    }
    return start;
  }

  /**
   * Whether the 80 bytes at {@code start} of the buffer begin the header record of {@code type}.
   */
  boolean isHeader(int start, String type) {
    return textAt(start, HEADER_START + type + HEADER_END);
  }

  /** Whether the buffer holds {@code expected} (ASCII) at {@code start}. */
  boolean textAt(int start, String expected) {
    byte[] buffer = window.buffer();
    for (int i = 0; i < expected.length(); i++) {
      if (buffer[start + i] != expected.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Bytes of the buffer as ASCII text, other bytes shown as '?', for messages. */
  String ascii(int start, int length) {
    byte[] buffer = window.buffer();
    StringBuilder text = new StringBuilder(length);
    for (int i = start; i < start + length; i++) {
      int b = buffer[i] & 0xFF;
      text.append(b >= 0x20 && b < 0x7F ? (char) b : '?');
    }
    return text.toString();
  }

  /** A right-aligned decimal field of a header record, or -1 when it holds anything but digits. */
  int decimalField(int start, int length) {
    String digits = new String(window.buffer(), start, length, StandardCharsets.US_ASCII).trim();
    if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Integer.parseInt(digits);
  }

  /** A big-endian two-byte signed integer of a namestr record. */
  short int16At(int start) {
    byte[] buffer = window.buffer();
    return (short) (((buffer[start] & 0xFF) << 8) | (buffer[start + 1] & 0xFF));
  }

  /** A big-endian four-byte signed integer of a namestr record. */
  int int32At(int start) {
    byte[] buffer = window.buffer();
    return ((buffer[start] & 0xFF) << 24)
        | ((buffer[start + 1] & 0xFF) << 16)
        | ((buffer[start + 2] & 0xFF) << 8)
        | (buffer[start + 3] & 0xFF);
  }
}
