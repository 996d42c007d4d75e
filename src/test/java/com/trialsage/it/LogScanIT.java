package com.trialsage.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other container test (its own failsafe execution, see the pom) and reads what
 * the servers and tests logged: no token, key or configured secret may appear in any of it.
 */
class LogScanIT {
  // A JWS in compact form: base64url header and payload, both JSON objects ("eyJ" is "{\"").
  private static final Pattern JWT =
      Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{16,}");
  private static final Pattern PRIVATE_KEY = Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----");

  @Test
  void noLogLineOfTheWholeSuiteHoldsATokenAKeyOrASecret() throws IOException {
    List<Path> logs = logs();
    List<String> secrets =
        List.of(
            AlertReceiver.SECRET,
            TwoInstancesIT.MANAGEMENT_TOKEN,
            S3UploadsIT.SECRET_KEY,
            "Authorization: Bearer",
            "Authorization: Basic");
    List<String> leaks = new ArrayList<>();

    for (Path log : logs) {
      String text = Files.readString(log, StandardCharsets.ISO_8859_1);
      find(JWT, text, log, leaks);
      find(PRIVATE_KEY, text, log, leaks);
      for (String secret : secrets) {
        if (text.contains(secret)) {
          leaks.add(log.getFileName() + ": contains '" + secret.substring(0, 6) + "…'");
        }
      }
    }

    assertThat(logs).as("logs of the container tests").hasSizeGreaterThan(5);
    assertThat(leaks).isEmpty();
  }

  private static void find(Pattern pattern, String text, Path log, List<String> leaks) {
    Matcher matcher = pattern.matcher(text);
    if (matcher.find()) {
      leaks.add(log.getFileName() + ": " + matcher.group().substring(0, 12) + "…");
    }
  }

  // The servers' output: Arquillian's Payara goes to the test classes' output files, the
  // processes the tests start write under the work folder.
  private static List<Path> logs() throws IOException {
    Path build = Path.of(TestEnvironment.required("it.build.dir"));
    List<Path> logs = new ArrayList<>();
    try (Stream<Path> reports = Files.list(build.resolve("failsafe-reports"))) {
      reports
          .filter(p -> p.getFileName().toString().endsWith("-output.txt"))
          .filter(p -> !p.getFileName().toString().contains("LogScanIT"))
          .forEach(logs::add);
    }
    try (Stream<Path> work = Files.walk(Path.of(TestEnvironment.required("it.work.dir")))) {
      work.filter(p -> p.getFileName().toString().endsWith(".log")).forEach(logs::add);
    }
    return logs;
  }
}
