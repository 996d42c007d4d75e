package com.trialsage.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine end to end on both studies in the shared data, through the real readers: every form of
 * CDISC's Dataset-JSON example study (.xpt, .json, .ndjson, .dsjc) gives the same findings, and the
 * CDISC pilot study validates without an engine error.
 */
class CrossFormatFindingsTest {
  private static final Path DATA = Path.of(System.getProperty("trialsage.shared.data"));
  private static final Path EXAMPLE = DATA.resolve("datasetjson/sdtm");
  private static final Path CT = DATA.resolve("ct/SDTM Terminology 2025-03-25.txt");

  @TempDir Path work;

  @ParameterizedTest
  @ValueSource(strings = {"json", "ndjson", "dsjc"})
  void givesTheSameFindingsForEachFormOfADataset(String format) throws Exception {
    List<String> fromXpt =
        sortedFindings(validate(files("xpt"), "3.4", EXAMPLE.resolve("define.xml")));
    List<String> fromOther =
        sortedFindings(validate(files(format), "3.4", EXAMPLE.resolve("define.xml")));

    assertThat(fromXpt).isNotEmpty();
    assertThat(fromOther).containsExactlyElementsOf(fromXpt);
  }

  @Test
  void validatesThePilotStudyWithoutAnEngineError() throws Exception {
    Path pilot = DATA.resolve("sdtm/cdiscpilot01");

    Path out = validate(List.of(pilot.toString()), "3.2", pilot.resolve("define.xml"));

    String summary = Files.readString(out.resolve("summary.json"));
    assertThat(summary).contains("\"name\" : \"SUPPDM\"").doesNotContain("\"outcome\" : \"error\"");
  }

  // Only datasets present in every form: the shared copy lacks ft.xpt (too large).
  private static List<String> files(String format) throws IOException {
    List<String> chosen = new ArrayList<>();
    try (Stream<Path> files = Files.list(EXAMPLE)) {
      for (Path xpt : files.filter(f -> f.toString().endsWith(".xpt")).sorted().toList()) {
        String dataset = xpt.getFileName().toString().replace(".xpt", "");
        Path source = EXAMPLE.resolve(dataset + "." + format);
        if (Files.exists(source)) {
          chosen.add(source.toString());
        }
      }
    }
    return chosen;
  }

  private Path validate(List<String> inputs, String version, Path define) throws IOException {
    Path out = work.resolve("out-" + System.nanoTime());
    List<String> args =
        new ArrayList<>(
            List.of(
                "validate",
                "--standard",
                "sdtmig",
                "--version",
                version,
                "--ct",
                CT.toString(),
                "--define",
                define.toString(),
                "--out",
                out.toString()));
    args.addAll(inputs);
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit =
        EngineMain.run(
            args.toArray(String[]::new),
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err));

    assertThat(exit).as(err.toString()).isZero();
    return out;
  }

  private static List<String> sortedFindings(Path out) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(out.resolve("findings.ndjson")));
    lines.sort(null);
    return lines;
  }
}
