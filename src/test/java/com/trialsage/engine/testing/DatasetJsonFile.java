package com.trialsage.engine.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.trialsage.engine.model.DatasetMetadata;
import com.trialsage.engine.model.Variable;
import com.trialsage.engine.model.VariableType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Loads a Dataset-JSON 1.1 {@code .json} file into an {@link InMemoryDataset}, for tests that run
 * the rules on the real example study until the production readers land. Not a reader: it holds the
 * whole file in memory.
 */
public final class DatasetJsonFile {
  private static final Set<String> NUMERIC = Set.of("integer", "float", "double", "decimal");

  private DatasetJsonFile() {}

  public static InMemoryDataset load(Path file) throws IOException {
    String name = "";
    String label = "";
    List<Variable> variables = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    try (JsonParser json = new JsonFactory().createParser(file.toFile())) {
      json.nextToken();
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        json.nextToken();
        switch (field) {
          case "name" -> name = json.getText();
          case "label" -> label = json.getText();
          case "columns" -> readColumns(json, variables);
          case "rows" -> readRows(json, rows);
          default -> json.skipChildren();
        }
      }
    }
    return new InMemoryDataset(
        new DatasetMetadata(name, label, variables, file.getFileName().toString()), rows);
  }

  private static void readColumns(JsonParser json, List<Variable> variables) throws IOException {
    while (json.nextToken() == JsonToken.START_OBJECT) {
      String name = "";
      String label = "";
      String type = "string";
      int length = 0;
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        json.nextToken();
        switch (field) {
          case "name" -> name = json.getText();
          case "label" -> label = json.getText();
          case "dataType" -> type = json.getText();
          case "length" -> length = json.getIntValue();
          default -> json.skipChildren();
        }
      }
      VariableType vt = NUMERIC.contains(type) ? VariableType.NUM : VariableType.CHAR;
      variables.add(new Variable(name, label, vt, length, variables.size()));
    }
  }

  private static void readRows(JsonParser json, List<String[]> rows) throws IOException {
    while (json.nextToken() == JsonToken.START_ARRAY) {
      List<String> cells = new ArrayList<>();
      while (json.nextToken() != JsonToken.END_ARRAY) {
        cells.add(json.currentToken() == JsonToken.VALUE_NULL ? "" : json.getText());
      }
      rows.add(cells.toArray(String[]::new));
    }
  }
}
