package com.trialsage.engine.read.json;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.model.Variable;
import com.trialsage.engine.model.VariableType;
import com.trialsage.engine.read.NumberText;
import java.util.List;

/** One row of a Dataset-JSON file, filled in place by the reader for each row. */
final class JsonRecord implements Record {
  private static final char MISSING = '.';

  private final List<Variable> variables;
  private final String[] texts;
  private final double[] numbers;
  private long number;

  JsonRecord(List<Variable> variables) {
    this.variables = List.copyOf(variables);
    this.texts = new String[variables.size()];
    this.numbers = new double[variables.size()];
  }

  void startRow(long rowNumber) {
    this.number = rowNumber;
  }

  /** A character value without trailing blanks (as XPORT gives it); {@code null} for JSON null. */
  void setText(int column, String value) {
    texts[column] = value;
  }

  /** A numeric value; NaN for JSON null. */
  void setNumber(int column, double value) {
    numbers[column] = value;
  }

  @Override
  public long number() {
    return number;
  }

  @Override
  public boolean isMissing(int column) {
    if (variables.get(column).type() == VariableType.NUM) {
      return Double.isNaN(numbers[column]);
    }
    return texts[column] == null || texts[column].isEmpty();
  }

  @Override
  public String text(int column) {
    if (variables.get(column).type() == VariableType.NUM) {
      return NumberText.format(numbers[column]);
    }
    return texts[column] == null ? "" : texts[column];
  }

  @Override
  public double number(int column) {
    Variable variable = variables.get(column);
    if (variable.type() != VariableType.NUM) {
      throw new IllegalStateException(
          "column " + column + " (" + variable.name() + ") is character; read it with text()");
    }
    return numbers[column];
  }

  @Override
  public char missingCode(int column) {
    boolean numeric = variables.get(column).type() == VariableType.NUM;
    return numeric && Double.isNaN(numbers[column]) ? MISSING : 0;
  }
}
