package com.trialsage.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.trialsage.engine.testing.DatasetJsonFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as the service calls it: exit codes, stdout/stderr, the result files. */
class EngineMainTest {
  private static final Path DATA = Path.of(System.getProperty("trialsage.shared.data"));
  private static final String CT = DATA.resolve("ct/SDTM Terminology 2025-03-25.txt").toString();
  private static final DatasetOpener JSON_FOR_TESTS =
      (file, encoding) -> DatasetJsonFile.load(file).open();

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(DatasetOpener opener, String... args) {
    return EngineMain.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        opener);
  }

  private int run(String... args) {
    return run(JSON_FOR_TESTS, args);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** The example study's .json files, copied so the folder holds one form of each dataset. */
  private static Path exampleStudy(Path dir) throws IOException {
    Path study = Files.createDirectories(dir.resolve("study"));
    try (Stream<Path> files = Files.list(DATA.resolve("datasetjson/sdtm"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        Files.copy(f, study.resolve(f.getFileName()));
      }
    }
    return study;
  }

  @Test
  void helpPrintsUsageAndExitCodesOnStdout() {
    int code = run("--help");

    assertThat(code).isZero();
    assertThat(stdout()).contains("validate", "list-rules", "Exit codes", "  3  ");
    assertThat(stderr()).isEmpty();
  }

  @Test
  void versionPrintsTheEngineVersion() {
    int code = run("--version");

    assertThat(code).isZero();
    assertThat(stdout()).startsWith("trialsage-engine ");
  }

  @Test
  void listRulesPrintsEveryRuleAsText() {
    int code = run("list-rules");

    assertThat(code).isZero();
    assertThat(stdout()).contains("TS0001", "SD0056", "TS0039", "catalog sha256");
  }

  @Test
  void listRulesPrintsJsonThatParses() throws IOException {
    int code = run("list-rules", "--format", "json");

    assertThat(code).isZero();
    assertThat(ruleIdsIn(stdout())).hasSize(39).contains("TS0001", "TS0039");
  }

  @Test
  void missingOutIsAUsageErrorWithAHint() {
    int code = run("validate", "--standard", "sdtmig", "--version", "3.4", "--ct", CT, "x.xpt");

    assertThat(code).isEqualTo(2);
    assertThat(stderr()).contains("--out is required").contains("--help").doesNotContain("\n\n");
    assertThat(stdout()).isEmpty();
  }

  @Test
  void unknownVersionIsAUsageError(@TempDir Path dir) {
    int code =
        run(
            "validate",
            "--standard",
            "sdtmig",
            "--version",
            "3.1",
            "--ct",
            CT,
            "--out",
            dir.toString(),
            "x.xpt");

    assertThat(code).isEqualTo(2);
    assertThat(stderr()).contains("3.2, 3.3, 3.4");
  }

  @Test
  void twoFilesOfTheSameDatasetAreAUsageError(@TempDir Path dir) {
    int code =
        run(
            "validate",
            "--standard",
            "sdtmig",
            "--version",
            "3.3",
            "--ct",
            CT,
            "--out",
            dir.resolve("out").toString(),
            DATA.resolve("datasetjson/sdtm").toString());

    assertThat(code).isEqualTo(2);
    assertThat(stderr()).contains("hold the same dataset");
  }

  @Test
  void unreadableDatasetExitsWith3NamingTheFileAndOffset(@TempDir Path dir) {
    int code =
        EngineMain.run(
            new String[] {
              "validate",
              "--standard",
              "sdtmig",
              "--version",
              "3.4",
              "--ct",
              CT,
              "--out",
              dir.toString(),
              DATA.resolve("bad/empty.xpt").toString()
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isEqualTo(3);
    assertThat(stderr()).contains("empty.xpt").contains("at byte");
    assertThat(dir.resolve("summary.json")).doesNotExist();
  }

  @Test
  void missingCtFileExitsWith3(@TempDir Path dir) throws IOException {
    int code =
        run(
            "validate",
            "--standard",
            "sdtmig",
            "--version",
            "3.3",
            "--ct",
            dir.resolve("none.txt").toString(),
            "--out",
            dir.resolve("out").toString(),
            exampleStudy(dir).toString());

    assertThat(code).isEqualTo(3);
    assertThat(stderr()).contains("none.txt").contains("no such file");
  }

  @Test
  void malformedDefineExitsWith3NamingTheFile(@TempDir Path dir) throws IOException {
    Path define = dir.resolve("define.xml");
    Files.writeString(define, "<ODM><ItemGroupDef Name=\"AE\">");

    int code =
        run(
            "validate",
            "--standard",
            "sdtmig",
            "--version",
            "3.3",
            "--ct",
            CT,
            "--define",
            define.toString(),
            "--out",
            dir.resolve("out").toString(),
            exampleStudy(dir).toString());

    assertThat(code).isEqualTo(3);
    assertThat(stderr()).contains("define.xml").contains("line");
  }

  @Test
  void failureInsideTheEngineExitsWith4WithoutStackTraceOrResults(@TempDir Path dir)
      throws IOException {
    Path study = exampleStudy(dir);
    DatasetOpener broken =
        (file, encoding) -> {
          throw new IllegalStateException("simulated reader bug");
        };

    int code =
        run(
            broken,
            "validate",
            "--standard",
            "sdtmig",
            "--version",
            "3.3",
            "--ct",
            CT,
            "--out",
            dir.resolve("out").toString(),
            study.toString());

    assertThat(code).isEqualTo(4);
    assertThat(stderr()).contains("internal error").doesNotContain("\tat ");
    assertThat(stdout()).isEmpty();
    try (Stream<Path> left = Files.list(dir.resolve("out"))) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void validatesAStudyIntoWellFormedResults(@TempDir Path dir) throws IOException {
    Path outDir = dir.resolve("out");

    int code =
        run(
            "validate",
            "--standard",
            "sdtmig",
            "--version",
            "3.3",
            "--ct",
            CT,
            "--define",
            DATA.resolve("datasetjson/sdtm/define.xml").toString(),
            "--out",
            outDir.toString(),
            exampleStudy(dir).toString());

    assertThat(code).isZero();
    assertThat(stdout()).isEmpty();
    List<String> lines = Files.readAllLines(outDir.resolve("findings.ndjson"));
    assertThat(lines).isNotEmpty().allSatisfy(EngineMainTest::assertIsFindingObject);
    String summary = Files.readString(outDir.resolve("summary.json"));
    assertThat(summary)
        .contains("\"controlledTerminology\" : \"SDTM Terminology 2025-03-25\"")
        .contains("\"catalogSha256\"", "\"elapsedMillis\"", "\"sourceFile\" : \"dm.json\"");
    try (Stream<Path> files = Files.list(outDir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("findings.ndjson", "summary.json");
    }
  }

  @Test
  void findingsBeyondTheCapAreCountedButNotWritten(@TempDir Path dir) throws IOException {
    Path outDir = dir.resolve("out");

    int code =
        run(
            "validate",
            "--standard",
            "sdtmig",
            "--version",
            "3.3",
            "--ct",
            CT,
            "--max-findings-per-rule",
            "2",
            "--out",
            outDir.toString(),
            exampleStudy(dir).toString());

    assertThat(code).isZero();
    long written =
        Files.readAllLines(outDir.resolve("findings.ndjson")).stream()
            .filter(l -> l.contains("\"ruleId\":\"TS0002\""))
            .count();
    assertThat(written).isEqualTo(2);
    assertThat(Files.readString(outDir.resolve("summary.json"))).contains("\"TS0002\" : 74");
  }

  @Test
  void skippedRulesSayWhyInTheSummary(@TempDir Path dir) throws IOException {
    Path outDir = dir.resolve("out");

    run(
        "validate",
        "--standard",
        "sdtmig",
        "--version",
        "3.3",
        "--ct",
        CT,
        "--out",
        outDir.toString(),
        exampleStudy(dir).toString());

    assertThat(Files.readString(outDir.resolve("summary.json")))
        .contains("\"detail\" : \"no --define given\"");
  }

  @Test
  void summaryCarriesEachRulesCatalogEntryForReports(@TempDir Path dir) throws IOException {
    Path outDir = dir.resolve("out");

    run(
        "validate",
        "--standard",
        "sdtmig",
        "--version",
        "3.4",
        "--ct",
        CT,
        "--out",
        outDir.toString(),
        exampleStudy(dir).toString());

    assertThat(Files.readString(outDir.resolve("summary.json")))
        .contains("\"cdiscId\" : \"CG0014\"")
        .contains("\"message\" : \"Required variable has a null value\"")
        .contains("\"description\" : \"A variable whose SDTMIG core is Req is present");
  }

  private static void assertIsFindingObject(String line) {
    try (JsonParser json = new JsonFactory().createParser(line)) {
      List<String> fields = new ArrayList<>();
      assertThat(json.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        fields.add(json.currentName());
        json.nextToken();
      }
      assertThat(fields)
          .containsExactly(
              "ruleId",
              "p21Id",
              "severity",
              "dataset",
              "record",
              "usubjid",
              "variable",
              "value",
              "message");
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }

  private static List<String> ruleIdsIn(String json) throws IOException {
    List<String> ids = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME && p.currentName().equals("id")) {
          p.nextToken();
          ids.add(p.getText());
        }
      }
    }
    return ids;
  }
}
