package com.trialsage.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus alert rules in {@code server-config/prometheus} pass {@code promtool check rules}
 * and their unit tests ({@code promtool test rules}). Skipped where promtool (Debian's {@code
 * prometheus} package) is missing; {@code .ci/run} installs it.
 */
class AlertRulesTest {
  private static final Path RULES = Path.of("server-config", "prometheus");

  @Test
  void rulesAreValid() throws Exception {
    Result result = promtool("check", "rules", "trialsage-alerts.yml");

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("SUCCESS: 8 rules found");
  }

  @Test
  void everyAlertFiresExactlyWhereItsUnitTestsSay() throws Exception {
    Result result = promtool("test", "rules", "trialsage-alerts.test.yml");

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("SUCCESS");
  }

  @Test
  void everyAlertHasARunbookEntry() throws IOException {
    String rules = Files.readString(RULES.resolve("trialsage-alerts.yml"));
    String runbook = Files.readString(Path.of("docs", "runbook.md"));

    for (String alert :
        rules
            .lines()
            .filter(l -> l.strip().startsWith("- alert:"))
            .map(AlertRulesTest::name)
            .toList()) {
      assertThat(runbook).as("docs/runbook.md section for " + alert).contains("## " + alert);
    }
  }

  private static String name(String line) {
    return line.substring(line.indexOf(':') + 1).strip();
  }

  private record Result(int exitCode, String output) {}

  private static Result promtool(String... arguments) throws Exception {
    Path promtool = Path.of("/usr/bin/promtool");
    assumeTrue(Files.isExecutable(promtool), "promtool is not installed");
    List<String> command = new java.util.ArrayList<>(List.of(promtool.toString()));
    command.addAll(List.of(arguments));
    Process process =
        new ProcessBuilder(command).directory(RULES.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }
}
