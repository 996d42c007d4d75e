package com.trialsage.engine.read.xport;

import com.trialsage.engine.model.DatasetMetadata;
import com.trialsage.engine.model.DatasetStream;
import com.trialsage.engine.model.InputFormatException;
import com.trialsage.engine.model.Record;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Reads a SAS XPORT version 5 file (SAS technical note TS-140) as a stream: one member after the
 * other, one observation at a time, through a buffer of fixed size whatever the size of the file.
 */
public final class XportReader implements DatasetStream {
  /** Large enough that a read of the file costs few system calls; the memory bound per file. */
  private static final int MAX_BUFFER_SIZE_IN_BYTES = 1 << 20;

  private final XportInput input;
  private final XportText text;
  private XportMember member;
  private XportRecord record;
  private long recordCount;
  private boolean memberEnded = true;

  /**
   * Opens the stream and reads the library header records.
   *
   * @param in the file's bytes from its start; closed by {@link #close()}
   * @param fileName the file name, for messages
   * @param charset the encoding of character data, or {@code null} to take each value as UTF-8 when
   *     it is valid UTF-8 and as Windows-1252 otherwise
   * @throws InputFormatException when the file does not start like a SAS XPORT v5 file
   */
  public XportReader(InputStream in, String fileName, Charset charset) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(fileName, "fileName");
    this.input = new XportInput(new ByteWindow(in, MAX_BUFFER_SIZE_IN_BYTES), fileName);
    this.text = new XportText(charset);
    readLibraryHeader();
  }

  private void readLibraryHeader() throws IOException {
    int start = input.nextRecord80("library header record");
    if (input.isHeader(start, "LIBV8   ")) {
      throw input.failure(0, XportVersion.VERSION_8_MESSAGE);
    }
    if (!input.isHeader(start, "LIBRARY ")) {
      throw input.failure(
          0,
          "expected the SAS XPORT library header record but found \""
              + input.ascii(start, 48)
              + "\"");
    }
    int real = input.nextRecord80("first real header record");
    if (!input.textAt(real, "SAS     SAS     SASLIB  ")) {
      throw input.failure(
          XportInput.RECORD_LENGTH,
          "the first real header record does not start with \"SAS     SAS     SASLIB\"");
    }
    input.nextRecord80("second real header record");
  }

  @Override
  public boolean nextDataset() throws IOException {
    while (!memberEnded) {
      nextRecord();
    }
    if (input.window().require(XportInput.RECORD_LENGTH) == 0) {
      member = null;
      return false;
    }
    member = new XportMemberHeader(input, text).read();
    record = new XportRecord(member.metadata().variables(), member.positions(), text);
    recordCount = 0;
    memberEnded = false;
    return true;
  }

  @Override
  public DatasetMetadata metadata() {
    if (member == null) {
      throw new IllegalStateException(
          "no current dataset: call nextDataset() and use metadata() only while it returns true");
    }
    return member.metadata();
  }

  @Override
  public Record nextRecord() throws IOException {
    if (memberEnded) {
      return null;
    }
    if (atMemberEnd()) {
      memberEnded = true;
      return null;
    }
    long offset = input.window().offset();
    int length = member.observationLength();
    if (length == 0) {
      throw input.failure(offset, "the dataset has no variables, yet data follows its OBS header");
    }
    int available = input.window().require(length);
    if (available < length) {
      throw input.failure(
          offset,
          "observation "
              + (recordCount + 1)
              + " is cut short: the file ends after "
              + available
              + " of its "
              + length
              + " bytes");
    }
    record.pointAt(input.window().buffer(), input.window().position(), ++recordCount);
    input.window().advance(length);
    return record;
  }

  /**
   * Whether the observations of the current member end here, and if so moves past their padding.
   *
   * <p>TS-140 pads the last 80-byte record of a member's observations with blanks and marks no end,
   * so an observation of only blank character values that falls inside that last record cannot be
   * told from padding. Like SAS itself, this reader takes blanks up to the next 80-byte boundary as
   * padding when the file or the next MEMBER header follows them: such all-blank observations,
   * possible only when an observation is shorter than 80 bytes and has no numeric variable, are not
   * reported.
   */
  private boolean atMemberEnd() throws IOException {
    ByteWindow window = input.window();
    long offset = window.offset();
    int toBoundary =
        (int)
            ((XportInput.RECORD_LENGTH - offset % XportInput.RECORD_LENGTH)
                % XportInput.RECORD_LENGTH);
    int available = window.require(toBoundary + XportInput.RECORD_LENGTH);
    if (available < toBoundary) {
      if (XportText.isBlank(window.buffer(), window.position(), available)) {
        throw input.failure(
            offset + available,
            "the file ends inside an 80-byte record (its length is no multiple of 80);"
                + " it is cut short");
      }
      return false;
    }
    if (!XportText.isBlank(window.buffer(), window.position(), toBoundary)) {
      return false;
    }
    boolean end =
        available == toBoundary
            || (available == toBoundary + XportInput.RECORD_LENGTH
                && input.isHeader(window.position() + toBoundary, "MEMBER  "));
    if (end) {
      window.advance(toBoundary);
    }
    return end;
  }

  @Override
  public void close() throws IOException {
    input.window().close();
  }
}
