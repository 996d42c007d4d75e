package com.trialsage.engine.read.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.trialsage.engine.model.Variable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The top-level properties of a Dataset-JSON 1.1 object that the engine uses, gathered as the
 * parser meets them; all others are skipped.
 */
final class DatasetJsonHeader {
  private final JsonFailures failures;
  private String version;
  private String name;
  private String label = "";
  private long declaredRecords = -1;
  private List<Variable> variables;
  private List<ColumnKind> kinds;

  DatasetJsonHeader(JsonFailures failures) {
    this.failures = failures;
  }

  /**
   * Reads the value of the property the parser stands on, when it is one of ours, or skips it.
   *
   * @return false when the property is {@code rows}, which is left for the caller to read
   */
  boolean readProperty(JsonParser parser) throws IOException {
    String property = parser.currentName();
    JsonToken token = parser.nextToken();
    switch (property) {
      case "datasetJSONVersion" -> version = checkedVersion(stringValue(parser, property));
      case "name" -> name = stringValue(parser, property);
      case "label" -> label = stringValue(parser, property);
      case "records" -> declaredRecords = recordsValue(parser);
      case "columns" -> readColumns(parser);
      case "rows" -> {
        return false;
      }
      default -> parser.skipChildren();
    }
    return token != null;
  }

  private String checkedVersion(String value) throws IOException {
    // This reader follows Dataset-JSON 1.1; the 1.x line keeps its structure.
    if (!value.startsWith("1.")) {
      throw failures.atToken(
          "datasetJSONVersion is \"" + value + "\"; this reader reads Dataset-JSON 1.x");
    }
    return value;
  }

  private String stringValue(JsonParser parser, String property) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw failures.atToken(
          "\"" + property + "\" must be a string, found " + JsonFailures.describe(parser));
    }
    return parser.getText();
  }

  private long recordsValue(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getLongValue() < 0) {
      throw failures.atToken(
          "\"records\" must be a whole number >= 0, found " + JsonFailures.describe(parser));
    }
    return parser.getLongValue();
  }

  private void readColumns(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw failures.atToken(
          "\"columns\" must be an array, found " + JsonFailures.describe(parser));
    }
    variables = new ArrayList<>();
    kinds = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      readColumn(parser);
    }
  }

  private void readColumn(JsonParser parser) throws IOException {
    int position = variables.size();
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw failures.atToken(
          "column "
              + (position + 1)
              + " must be an object, found "
              + JsonFailures.describe(parser));
    }
    String columnName = null;
    String columnLabel = "";
    String dataType = null;
    int length = 0;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String property = parser.currentName();
      parser.nextToken();
      switch (property) {
        case "name" -> columnName = stringValue(parser, "name");
        case "label" -> columnLabel = stringValue(parser, "label");
        case "dataType" -> dataType = stringValue(parser, "dataType");
        case "length" -> length = lengthValue(parser);
        default -> parser.skipChildren();
      }
    }
    addColumn(position, columnName, columnLabel, dataType, length);
  }

  private int lengthValue(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT
        || parser.getNumberType() != JsonParser.NumberType.INT
        || parser.getIntValue() < 0) {
      throw failures.atToken(
          "a column \"length\" must be a whole number >= 0, found "
              + JsonFailures.describe(parser));
    }
    return parser.getIntValue();
  }

  private void addColumn(
      int position, String columnName, String columnLabel, String dataType, int length)
      throws IOException {
    if (columnName == null || dataType == null) {
      throw failures.atToken(
          "column " + (position + 1) + " lacks its \"name\" or \"dataType\", which 1.1 requires");
    }
    ColumnKind kind = ColumnKind.ofDataType(dataType);
    if (kind == null) {
      throw failures.atToken(
          "column "
              + columnName
              + " has dataType \""
              + dataType
              + "\"; Dataset-JSON 1.1 allows "
              + ColumnKind.ALLOWED);
    }
    variables.add(new Variable(columnName, columnLabel, kind.variableType(), length, position));
    kinds.add(kind);
  }

  boolean hasColumns() {
    return variables != null;
  }

  /** Checks that what the metadata requires has been read, once the rows are reached. */
  void checkComplete() throws IOException {
    if (version == null) {
      throw failures.atToken("the metadata lacks \"datasetJSONVersion\", which 1.1 requires");
    }
    if (name == null) {
      throw failures.atToken("the metadata lacks the dataset \"name\", which 1.1 requires");
    }
    if (variables == null) {
      throw failures.atToken("the metadata lacks \"columns\", which 1.1 requires");
    }
  }

  String name() {
    return name;
  }

  String label() {
    return label;
  }

  long declaredRecords() {
    return declaredRecords;
  }

  List<Variable> variables() {
    return variables;
  }

  List<ColumnKind> kinds() {
    return kinds;
  }
}
