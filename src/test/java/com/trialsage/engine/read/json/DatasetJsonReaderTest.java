package com.trialsage.engine.read.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.trialsage.engine.model.DatasetStream;
import com.trialsage.engine.model.InputFormatException;
import com.trialsage.engine.model.Record;
import com.trialsage.engine.model.Variable;
import com.trialsage.engine.model.VariableType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetJsonReaderTest {
  private static final String METADATA =
      """
      "datasetJSONVersion": "1.1.0", "itemGroupOID": "IG.LB", "records": 2, "name": "LB",
      "label": "Laboratory Test Results",
      "columns": [
        {"itemOID": "IT.LB.USUBJID", "name": "USUBJID", "label": "Subject", "dataType": "string",
         "length": 8, "keySequence": 1},
        {"itemOID": "IT.LB.LBSEQ", "name": "LBSEQ", "label": "Sequence", "dataType": "integer"},
        {"itemOID": "IT.LB.LBSTRESN", "name": "LBSTRESN", "label": "Result",
         "dataType": "decimal", "targetDataType": "decimal"},
        {"itemOID": "IT.LB.LBFAST", "name": "LBFAST", "label": "Fasting", "dataType": "boolean"},
        {"itemOID": "IT.LB.LBDTC", "name": "LBDTC", "label": "Date", "dataType": "datetime"}
      ]
      """;

  private static DatasetStream open(String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return new DatasetJsonReader(new ByteArrayInputStream(bytes), "lb.json", "");
  }

  private static String jsonWithRows(String rows) {
    return "{" + METADATA + ", \"rows\": [" + rows + "]}";
  }

  private static List<String> readTexts(String json) throws IOException {
    List<String> texts = new ArrayList<>();
    try (DatasetStream in = open(json)) {
      in.nextDataset();
      for (Record r = in.nextRecord(); r != null; r = in.nextRecord()) {
        for (int column = 0; column < in.metadata().variables().size(); column++) {
          texts.add(r.text(column));
        }
      }
    }
    return texts;
  }

  private static InputFormatException failure(String json) {
    return catchThrowableOfType(InputFormatException.class, () -> readTexts(json));
  }

  @Test
  void mapsDataTypesToCharAndNum() throws IOException {
    try (DatasetStream in = open(jsonWithRows(""))) {
      in.nextDataset();

      assertThat(in.metadata().name()).isEqualTo("LB");
      assertThat(in.metadata().label()).isEqualTo("Laboratory Test Results");
      assertThat(in.metadata().variables().stream().map(Variable::type))
          .containsExactly(
              VariableType.CHAR,
              VariableType.NUM,
              VariableType.NUM,
              VariableType.NUM,
              VariableType.CHAR);
      assertThat(in.metadata().variables().get(0).length()).isEqualTo(8);
    }
  }

  @Test
  void readsDecimalStringsBooleansAndNumbers() throws IOException {
    String json =
        jsonWithRows(
            """
            ["S1", 1, "8.549999999999999", true, "2024-01-02T10:00"],
            ["S1", 2.0, 1E-10, false, "2024-01-03"]""");

    List<String> texts = readTexts(json);

    assertThat(texts)
        .containsExactly(
            "S1",
            "1",
            "8.549999999999999",
            "1",
            "2024-01-02T10:00",
            "S1",
            "2",
            "1E-10",
            "0",
            "2024-01-03");
  }

  @Test
  void readsNullAsMissingDotAndEmptyStringAsAnEmptyValue() throws IOException {
    String json = jsonWithRows("[\"\", null, null, null, null], [\"S2\", 3, \"1\", true, \"\"]");

    try (DatasetStream in = open(json)) {
      in.nextDataset();
      Record r = in.nextRecord();

      assertThat(r.isMissing(0)).isTrue();
      assertThat(r.text(0)).isEmpty();
      assertThat(r.missingCode(0)).isEqualTo((char) 0);
      assertThat(r.isMissing(1)).isTrue();
      assertThat(r.missingCode(1)).isEqualTo('.');
      assertThat(r.number(2)).isNaN();
      assertThat(r.isMissing(4)).isTrue();
    }
  }

  @Test
  void readsNdjsonRowsAfterTheMetadataLine() throws IOException {
    String ndjson =
        "{" + METADATA + "}\n[\"S1\", 1, \"2.5\", true, \"\"]\n[\"S2\", 2, null, false, \"\"]\n";

    List<String> texts = readTexts(ndjson);

    assertThat(texts).containsExactly("S1", "1", "2.5", "1", "", "S2", "2", "", "0", "");
  }

  @Test
  void rejectsRowsThatComeBeforeColumns() {
    String json =
        "{\"datasetJSONVersion\": \"1.1.0\", \"name\": \"LB\", \"rows\": [], \"columns\": []}";

    InputFormatException failure = failure(json);

    assertThat(failure.byteOffset()).isEqualTo(json.indexOf("\"rows\""));
    assertThat(failure.reason()).contains("\"rows\" come before \"columns\"", "stream");
  }

  @Test
  void rejectsARowOfTheWrongWidth() {
    String json = jsonWithRows("[\"S1\", 1, \"2\", true, \"x\"], [\"S1\", 2, \"3\", true]");

    InputFormatException failure = failure(json);

    assertThat(failure.byteOffset()).isEqualTo(json.lastIndexOf("]]"));
    assertThat(failure.reason()).contains("row 2 has 4 values", "5 columns");
  }

  @Test
  void rejectsARowWithTooManyValues() {
    String json = jsonWithRows("[\"S1\", 1, \"2\", true, \"x\", 7]");

    InputFormatException failure = failure(json);

    assertThat(failure.byteOffset()).isEqualTo(json.indexOf("7]"));
    assertThat(failure.reason()).contains("row 1 has more values");
  }

  @Test
  void rejectsAValueOfTheWrongType() {
    String json = jsonWithRows("[\"S1\", \"one\", \"2\", true, \"x\"]");

    InputFormatException failure = failure(json);

    assertThat(failure.byteOffset()).isEqualTo(json.indexOf("\"one\""));
    assertThat(failure.reason()).contains("row 1, column LBSEQ", "expected a number", "\"one\"");
  }

  @Test
  void rejectsADecimalStringThatIsNoNumber() {
    String json = jsonWithRows("[\"S1\", 1, \"NaN\", true, \"x\"]");

    InputFormatException failure = failure(json);

    assertThat(failure.reason()).contains("column LBSTRESN", "a decimal number");
  }

  @Test
  void rejectsBrokenJsonAtTheByteWhereItBreaks() {
    String json = jsonWithRows("[\"S1\", 1, \"2\", true, \"x\"] [");

    InputFormatException failure = failure(json);

    assertThat(failure.byteOffset())
        .isBetween((long) json.indexOf("] [") + 1, (long) json.length());
    assertThat(failure.reason()).contains("malformed");
  }

  @Test
  void rejectsAVersionOtherThanOnePointX() {
    String json = jsonWithRows("").replace("\"1.1.0\"", "\"2.0\"");

    InputFormatException failure = failure(json);

    assertThat(failure.reason()).contains("datasetJSONVersion is \"2.0\"", "1.x");
  }

  @Test
  void rejectsARecordCountThatDisagreesWithTheRows() {
    String json = jsonWithRows("[\"S1\", 1, \"2\", true, \"x\"]");

    InputFormatException failure = failure(json);

    assertThat(failure.reason()).contains("\"records\" says 2", "holds 1 rows");
  }

  @Test
  void rejectsAnUnknownDataType() {
    String json = jsonWithRows("").replace("\"boolean\"", "\"bool\"");

    InputFormatException failure = failure(json);

    assertThat(failure.reason()).contains("LBFAST", "\"bool\"", "allows string");
  }
}
