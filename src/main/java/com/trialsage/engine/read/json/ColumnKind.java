package com.trialsage.engine.read.json;

import com.trialsage.engine.model.VariableType;
import java.util.Locale;
import java.util.Map;

/** How the values of a Dataset-JSON 1.1 column are written, after its {@code dataType}. */
enum ColumnKind {
  /** JSON strings: string, datetime, date, time, URI. */
  TEXT(VariableType.CHAR),
  /** JSON numbers: integer, float, double. */
  NUMBER(VariableType.NUM),
  /** Dataset-JSON 1.1 writes decimals as strings to keep their digits; numbers are read too. */
  DECIMAL(VariableType.NUM),
  /** JSON true/false, read as 1 and 0. */
  BOOLEAN(VariableType.NUM);

  private static final Map<String, ColumnKind> BY_DATA_TYPE =
      Map.of(
          "string", TEXT,
          "datetime", TEXT,
          "date", TEXT,
          "time", TEXT,
          "uri", TEXT,
          "integer", NUMBER,
          "float", NUMBER,
          "double", NUMBER,
          "decimal", DECIMAL,
          "boolean", BOOLEAN);

  /** The data types Dataset-JSON 1.1 allows, for messages. */
  static final String ALLOWED =
      "string, integer, decimal, float, double, boolean, datetime, date, time, URI";

  private final VariableType variableType;

  ColumnKind(VariableType variableType) {
    this.variableType = variableType;
  }

  VariableType variableType() {
    return variableType;
  }

  /** The kind of a {@code dataType}, or null when Dataset-JSON 1.1 has no such type. */
  static ColumnKind ofDataType(String dataType) {
    return BY_DATA_TYPE.get(dataType.toLowerCase(Locale.ROOT));
  }
}
