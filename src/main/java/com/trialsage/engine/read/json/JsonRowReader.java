package com.trialsage.engine.read.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.trialsage.engine.model.Variable;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the values of one row (a JSON array) into the reused record, checking each value's type.
 */
final class JsonRowReader {
  /** A decimal written as a string: the JSON number syntax (RFC 8259, section 6). */
  private static final Pattern DECIMAL_TEXT =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private final JsonParser parser;
  private final JsonFailures failures;
  private List<Variable> variables;
  private ColumnKind[] kinds;
  private JsonRecord record;
  private long count;

  JsonRowReader(JsonParser parser, JsonFailures failures) {
    this.parser = parser;
    this.failures = failures;
  }

  void start(List<Variable> variables, List<ColumnKind> kinds) {
    this.variables = variables;
    this.kinds = kinds.toArray(new ColumnKind[0]);
    this.record = new JsonRecord(variables);
  }

  long count() {
    return count;
  }

  /** Reads the row whose START_ARRAY the parser stands on. */
  JsonRecord read() throws IOException {
    count++;
    record.startRow(count);
    for (int column = 0; column < kinds.length; column++) {
      if (parser.nextToken() == JsonToken.END_ARRAY) {
        throw wrongWidth(column + " values");
      }
      readValue(column);
    }
    if (parser.nextToken() != JsonToken.END_ARRAY) {
      throw wrongWidth("more values");
    }
    return record;
  }

  private IOException wrongWidth(String found) {
    return failures.atToken(
        "row " + count + " has " + found + " but the dataset has " + kinds.length + " columns");
  }

  private void readValue(int column) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      record.setText(column, null);
      record.setNumber(column, Double.NaN);
      return;
    }
    switch (kinds[column]) {
      case TEXT -> record.setText(column, textValue(column, token));
      case NUMBER -> record.setNumber(column, numberValue(column, token));
      case DECIMAL -> record.setNumber(column, decimalValue(column, token));
      case BOOLEAN -> record.setNumber(column, booleanValue(column, token));
    }
  }

  /** Trailing blanks are dropped, as XPORT drops them, so that both forms compare equal. */
  private String textValue(int column, JsonToken token) throws IOException {
    if (token != JsonToken.VALUE_STRING) {
      throw wrongType(column, "a string");
    }
    String text = parser.getText();
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    return end == text.length() ? text : text.substring(0, end);
  }

  private double numberValue(int column, JsonToken token) throws IOException {
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw wrongType(column, "a number");
    }
    return parser.getDoubleValue();
  }

  private double decimalValue(int column, JsonToken token) throws IOException {
    if (token != JsonToken.VALUE_STRING) {
      return numberValue(column, token);
    }
    String text = parser.getText();
    if (!DECIMAL_TEXT.matcher(text).matches()) {
      throw wrongType(column, "a decimal number");
    }
    return Double.parseDouble(text);
  }

  private double booleanValue(int column, JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_TRUE) {
      return 1;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return 0;
    }
    throw wrongType(column, "true or false");
  }

  private IOException wrongType(int column, String expected) throws IOException {
    Variable variable = variables.get(column);
    return failures.atToken(
        "row "
            + count
            + ", column "
            + variable.name()
            + ": expected "
            + expected
            + " or null, found "
            + JsonFailures.describe(parser));
  }
}
