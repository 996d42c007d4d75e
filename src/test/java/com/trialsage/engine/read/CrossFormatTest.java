package com.trialsage.engine.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CDISC's Dataset-JSON example study gives every dataset as .xpt, .json, .ndjson and .dsjc: each
 * form must read to the same names, types and text values.
 */
class CrossFormatTest {
  private static final MathContext FIFTEEN_DIGITS = new MathContext(15);

  static Stream<String> datasetsWithXpt() throws IOException {
    return datasets().filter(name -> Files.exists(folder().resolve(name + ".xpt")));
  }

  static Stream<String> datasets() throws IOException {
    try (Stream<Path> files = Files.list(folder())) {
      return files
          .map(path -> path.getFileName().toString())
          .filter(name -> name.endsWith(".json"))
          .map(name -> name.substring(0, name.length() - ".json".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static Path folder() {
    return SharedData.file("datasetjson/sdtm");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datasetsWithXpt")
  void readsTheSameDatasetFromXptAndJson(String dataset) throws IOException {
    DatasetContent xpt = DatasetContent.readOnly(folder().resolve(dataset + ".xpt"));

    DatasetContent json = DatasetContent.readOnly(folder().resolve(dataset + ".json"));

    assertThat(json.name()).isEqualToIgnoringCase(xpt.name());
    assertThat(json.variableNames()).isEqualTo(xpt.variableNames());
    assertThat(json.types()).isEqualTo(xpt.types());
    assertThat(json.rows()).hasSameSizeAs(xpt.rows());
    for (int i = 0; i < xpt.rows().size(); i++) {
      for (int column = 0; column < xpt.types().size(); column++) {
        String xptText = xpt.rows().get(i).get(column);
        String jsonText = json.rows().get(i).get(column);

        assertThat(sameValue(xpt.types().get(column), xptText, jsonText))
            .as(
                "%s record %d %s: xpt %s, json %s",
                dataset, i + 1, xpt.variableNames().get(column), xptText, jsonText)
            .isTrue();
      }
    }
  }

  /**
   * Whether the two forms agree. The example study's JSON files were written with at most 15
   * significant digits, so where SAS stored a double such as 8.549999999999999 the JSON says 8.55:
   * the readers both report what their file holds, and the values agree to 15 digits.
   */
  private static boolean sameValue(String type, String xptText, String jsonText) {
    if (xptText.equals(jsonText)) {
      return true;
    }
    if (!type.equals("NUM") || xptText.isEmpty() || jsonText.isEmpty()) {
      return false;
    }
    BigDecimal xptRounded = new BigDecimal(xptText).round(FIFTEEN_DIGITS);
    return xptRounded.compareTo(new BigDecimal(jsonText)) == 0;
  }

  @Test
  void reportsTheFullPrecisionThatTheXptFileHoldsWhereTheJsonFileRounded() throws IOException {
    DatasetContent xpt = DatasetContent.readOnly(folder().resolve("lb.xpt"));

    DatasetContent json = DatasetContent.readOnly(folder().resolve("lb.json"));

    int lbstresn = xpt.variableNames().indexOf("LBSTRESN");
    assertThat(xpt.rows().get(5).get(lbstresn)).isEqualTo("8.549999999999999");
    assertThat(json.rows().get(5).get(lbstresn)).isEqualTo("8.55");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datasets")
  void readsTheSameDatasetFromJsonNdjsonAndDsjc(String dataset) throws IOException {
    DatasetContent json = DatasetContent.readOnly(folder().resolve(dataset + ".json"));

    DatasetContent ndjson = DatasetContent.readOnly(folder().resolve(dataset + ".ndjson"));
    DatasetContent dsjc = DatasetContent.readOnly(folder().resolve(dataset + ".dsjc"));

    assertThat(ndjson).isEqualTo(json);
    assertThat(dsjc).isEqualTo(json);
  }
}
