package com.trialsage.engine.read.xport;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.model.Variable;
import com.trialsage.engine.model.VariableType;
import com.trialsage.engine.read.NumberText;
import java.util.List;
import java.util.Objects;

/**
 * A view over the bytes of one observation in the reader's buffer. Nothing is decoded until a value
 * is asked for; the reader points the same view at the next observation.
 */
final class XportRecord implements Record {
  private final List<Variable> variables;
  private final int[] positions;
  private final XportText text;
  private byte[] bytes;
  private int offset;
  private long number;

  XportRecord(List<Variable> variables, int[] positions, XportText text) {
    this.variables = List.copyOf(variables);
    this.positions = positions.clone();
    this.text = Objects.requireNonNull(text, "text");
  }

  void pointAt(byte[] bytes, int offset, long number) {
    this.bytes = bytes;
    this.offset = offset;
    this.number = number;
  }

  @Override
  public long number() {
    return number;
  }

  @Override
  public boolean isMissing(int column) {
    Variable variable = variables.get(column);
    if (variable.type() == VariableType.NUM) {
      return missingCodeOf(variable) != 0;
    }
    return XportText.isBlank(bytes, offset + positions[column], variable.length());
  }

  @Override
  public String text(int column) {
    Variable variable = variables.get(column);
    if (variable.type() == VariableType.NUM) {
      return NumberText.format(number(column));
    }
    return text.decode(bytes, offset + positions[column], variable.length());
  }

  @Override
  public double number(int column) {
    Variable variable = variables.get(column);
    if (variable.type() != VariableType.NUM) {
      throw new IllegalStateException(
          "column " + column + " (" + variable.name() + ") is character; read it with text()");
    }
    if (missingCodeOf(variable) != 0) {
      return Double.NaN;
    }
    return IbmFloat.toDouble(bytes, offset + positions[column], variable.length());
  }

  @Override
  public char missingCode(int column) {
    Variable variable = variables.get(column);
    return variable.type() == VariableType.NUM ? missingCodeOf(variable) : 0;
  }

  private char missingCodeOf(Variable variable) {
    return IbmFloat.missingCode(bytes, offset + positions[variable.position()], variable.length());
  }
}
