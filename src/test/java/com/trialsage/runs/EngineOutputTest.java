package com.trialsage.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineOutputTest {
  private static final String SUMMARY =
      "{\"standard\":{\"name\":\"sdtmig\",\"version\":\"3.4\"},"
          + "\"controlledTerminology\":\"2025-03-25\",\"engineVersion\":\"0.1.0\","
          + "\"catalogSha256\":\""
          + "a".repeat(64)
          + "\",\"elapsedMillis\":1234,"
          + "\"findings\":{\"total\":3,\"written\":2}}";
  private static final String FINDING =
      "{\"ruleId\":\"TS0003\",\"p21Id\":\"SD0003\",\"severity\":\"Error\",\"dataset\":\"AE\","
          + "\"record\":4,\"usubjid\":\"01-701-1015\",\"variable\":\"AESTDTC\","
          + "\"value\":\"2014-13-01\",\"message\":\"not ISO 8601\"}";
  private static final String DATASET_FINDING =
      "{\"ruleId\":\"TS0020\",\"severity\":\"Warning\",\"dataset\":\"DM\",\"record\":null,"
          + "\"message\":\"DM is missing\"}";

  @TempDir Path folder;

  @Test
  void readsTheSummaryAndEveryFinding() throws Exception {
    write(SUMMARY, FINDING + "\n" + DATASET_FINDING + "\n");

    EngineSummary summary = new EngineOutput(folder).summary();
    List<Finding> findings = readAll();

    assertThat(summary.engineVersion()).isEqualTo("0.1.0");
    assertThat(summary.findingsWritten()).isEqualTo(2);
    assertThat(summary.elapsedMillis()).isEqualTo(1234);
    assertThat(findings)
        .containsExactly(
            new Finding(
                "TS0003",
                "Error",
                "AE",
                4L,
                "01-701-1015",
                "AESTDTC",
                "2014-13-01",
                "not ISO 8601"),
            new Finding("TS0020", "Warning", "DM", null, null, null, null, "DM is missing"));
  }

  @Test
  void refusesAResultFileThatIsALinkTheChildPlanted() throws Exception {
    Path secret = Files.writeString(folder.getParent().resolve("secret-" + System.nanoTime()), "x");
    Files.createSymbolicLink(folder.resolve("summary.json"), secret);

    assertThatThrownBy(() -> new EngineOutput(folder).summary())
        .isInstanceOf(EngineOutputException.class)
        .hasMessageContaining("not a regular file");
    Files.delete(secret);
  }

  @Test
  void refusesAMissingSummary() {
    assertThatThrownBy(() -> new EngineOutput(folder).summary())
        .isInstanceOf(EngineOutputException.class)
        .hasMessageContaining("summary.json is missing");
  }

  @Test
  void refusesGarbageWithTheLineNumber() throws Exception {
    write(SUMMARY, FINDING + "\n\u0000\u00ffnot json\n");

    assertThatThrownBy(this::readAll)
        .isInstanceOf(EngineOutputException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void refusesFindingsThatBreakTheSchema() {
    assertThatThrownBy(() -> EngineOutput.parseFinding(FINDING.replace("Error", "Fatal"), 1))
        .hasMessageContaining("severity");
    assertThatThrownBy(
            () -> EngineOutput.parseFinding(FINDING.replace("\"record\":4", "\"record\":0"), 1))
        .hasMessageContaining("record");
    assertThatThrownBy(() -> EngineOutput.parseFinding(FINDING.replace("TS0003", "'; DROP"), 1))
        .hasMessageContaining("ruleId");
    assertThatThrownBy(() -> EngineOutput.parseFinding(FINDING.replace("\"AE\"", "\"../AE\""), 1))
        .hasMessageContaining("dataset");
    assertThatThrownBy(() -> EngineOutput.parseFinding("[1,2]", 1))
        .hasMessageContaining("not a JSON object");
  }

  @Test
  void shortensAnOverlongValueInsteadOfStoringIt() {
    String longValue = "x".repeat(10_000);

    Finding finding = EngineOutput.parseFinding(FINDING.replace("2014-13-01", longValue), 1);

    assertThat(finding.value()).hasSize(4001).endsWith("…");
  }

  @Test
  void refusesASummaryWithoutCounts() throws Exception {
    write(SUMMARY.replace("\"written\":2", "\"written\":-1"), "");

    assertThatThrownBy(() -> new EngineOutput(folder).summary())
        .hasMessageContaining("written must be a count");
  }

  private void write(String summary, String findings) throws IOException {
    Files.writeString(folder.resolve("summary.json"), summary);
    Files.writeString(folder.resolve("findings.ndjson"), findings);
  }

  private List<Finding> readAll() throws Exception {
    List<Finding> all = new ArrayList<>();
    try (EngineOutput.FindingLines lines = new EngineOutput(folder).findings()) {
      lines.forEachRemaining(all::add);
    }
    return all;
  }
}
