package com.trialsage.engine.read.xport;

import com.trialsage.engine.model.DatasetMetadata;
import com.trialsage.engine.model.InputFormatException;
import com.trialsage.engine.model.Variable;
import com.trialsage.engine.model.VariableType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the headers of one member (SAS TS-140): the MEMBER and DSCRPTR header records, the two
 * member descriptor records, the NAMESTR header and its namestr records, and the OBS header.
 */
final class XportMemberHeader {
  /** TS-140: a namestr is 140 bytes, or 136 on VAX/VMS, as the MEMBER header record says. */
  private static final int NAMESTR_LENGTH = 140;

  private static final int VAX_NAMESTR_LENGTH = 136;
  private static final short NUMERIC_TYPE = 1;
  private static final short CHARACTER_TYPE = 2;

  /**
   * The longest observation read. TS-140 allows 9,999 variables of at most 200 bytes (2 MB); the
   * limit leaves room for writers that exceed 200 bytes and bounds the buffer a header can demand.
   */
  private static final int MAX_OBSERVATION_LENGTH = 8 << 20;

  private final XportInput input;
  private final XportText text;

  XportMemberHeader(XportInput input, XportText text) {
    this.input = input;
    this.text = text;
  }

  XportMember read() throws IOException {
    int namestrLength = readMemberHeader();
    input.nextHeader("DSCRPTR ");
    long descriptorOffset = input.window().offset();
    int first = input.nextRecord80("member descriptor record");
    if (!input.textAt(first, "SAS     ")) {
      throw input.failure(descriptorOffset, "the member descriptor record does not start with SAS");
    }
    String name = decode(first + 8, 8);
    int second = input.nextRecord80("second member descriptor record");
    String label = decode(second + 32, 40);
    int count = readNamestrCount();
    List<Variable> variables = new ArrayList<>(count);
    int[] positions = new int[count];
    int observationLength = readNamestrs(namestrLength, variables, positions);
    input.nextHeader("OBS     ");
    return new XportMember(
        new DatasetMetadata(name, label, variables, input.fileName()),
        positions,
        observationLength);
  }

  private int readMemberHeader() throws IOException {
    long offset = input.window().offset();
    int start = input.nextHeader("MEMBER  ");
    int namestrLength = input.decimalField(start + 74, 4);
    if (namestrLength != NAMESTR_LENGTH && namestrLength != VAX_NAMESTR_LENGTH) {
      throw input.failure(
          offset + 74,
          "the MEMBER header declares namestr records of \""
              + input.ascii(start + 74, 4)
              + "\" bytes; TS-140 allows 140 (or 136 on VAX/VMS)");
    }
    return namestrLength;
  }

  private int readNamestrCount() throws IOException {
    long offset = input.window().offset();
    int start = input.nextHeader("NAMESTR ");
    int count = input.decimalField(start + 54, 4);
    if (count < 0) {
      throw input.failure(
          offset + 54,
          "the NAMESTR header's variable count \""
              + input.ascii(start + 54, 4)
              + "\" is no number");
    }
    return count;
  }

  /** Reads the namestr records and the blanks that pad them to 80 bytes; returns the obs length. */
  private int readNamestrs(int namestrLength, List<Variable> variables, int[] positions)
      throws IOException {
    int count = positions.length;
    long observationLength = 0;
    for (int i = 0; i < count; i++) {
      long offset = input.window().offset();
      if (input.window().require(namestrLength) < namestrLength) {
        throw input.failure(
            offset,
            "the file ends inside namestr record " + (i + 1) + " of the " + count + " declared");
      }
      Variable variable = readNamestr(offset, i, count);
      positions[i] = input.int32At(input.window().position() + 84);
      input.window().advance(namestrLength);
      variables.add(variable);
      observationLength += variable.length();
      checkObservationLength(offset, observationLength);
    }
    checkPositions(variables, positions, (int) observationLength);
    skipPadding((int) ((XportInput.RECORD_LENGTH - (long) count * namestrLength % 80) % 80));
    return (int) observationLength;
  }

  private Variable readNamestr(long offset, int index, int count) throws InputFormatException {
    int start = input.window().position();
    short type = input.int16At(start);
    short length = input.int16At(start + 4);
    String name = decode(start + 8, 8);
    String label = decode(start + 16, 40);
    if (type == NUMERIC_TYPE) {
      if (length < IbmFloat.MIN_LENGTH || length > IbmFloat.MAX_LENGTH) {
        throw input.failure(
            offset + 4,
            "numeric variable " + name + " has length " + length + "; TS-140 allows 2 to 8 bytes");
      }
      return new Variable(name, label, VariableType.NUM, length, index);
    }
    if (type != CHARACTER_TYPE) {
      throw input.failure(
          offset,
          "namestr record "
              + (index + 1)
              + " of "
              + count
              + " has variable type "
              + type
              + "; TS-140 allows 1 (numeric) or 2 (character)");
    }
    if (length < 1) {
      throw input.failure(
          offset + 4, "character variable " + name + " has length " + length + "; must be >= 1");
    }
    return new Variable(name, label, VariableType.CHAR, length, index);
  }

  private void checkObservationLength(long offset, long observationLength)
      throws InputFormatException {
    if (observationLength > MAX_OBSERVATION_LENGTH) {
      throw input.failure(
          offset,
          "the variables add up to observations of more than "
              + MAX_OBSERVATION_LENGTH
              + " bytes; TS-140 allows 9,999 variables of at most 200 bytes");
    }
  }

  private void checkPositions(List<Variable> variables, int[] positions, int observationLength)
      throws InputFormatException {
    for (int i = 0; i < positions.length; i++) {
      Variable variable = variables.get(i);
      if (positions[i] < 0 || positions[i] > observationLength - variable.length()) {
        throw input.failure(
            input.window().offset(),
            "variable "
                + variable.name()
                + " is declared at byte "
                + positions[i]
                + " of observations that are "
                + observationLength
                + " bytes long");
      }
    }
  }

  private void skipPadding(int paddingLength) throws IOException {
    long offset = input.window().offset();
    if (input.window().require(paddingLength) < paddingLength) {
      throw input.failure(offset, "the file ends inside the padding after the namestr records");
    }
    input.window().advance(paddingLength);
  }

  private String decode(int start, int length) {
    return text.decode(input.window().buffer(), start, length);
  }
}
