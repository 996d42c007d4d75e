package com.trialsage.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.trialsage.logging.JsonLogFormatter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayaraOutputTest {

  private static final String HEADER =
      "[2026-12-03T17:13:44.496+0000] [] [%s] [NCLS-CORE-00026] [javax.enterprise.system.core]"
          + " [tid: _ThreadID=1 _ThreadName=main] [timeMillis: 1796318024496] [levelValue: 1000] ";

  private final PayaraOutput output = new PayaraOutput();
  private final JsonLogFormatter formatter = new JsonLogFormatter();

  @Test
  void passesAJsonLineThrough() {
    String line = "{\"level\":\"INFO\",\"message\":\"from the app\"}";

    assertThat(output.accept(line, formatter)).contains(line);
  }

  @Test
  void wrapsAPayaraLineWithItsLevelAndWithoutColours() {
    String line = "[2026-12-03T17:13:05.052+0000] [] [\u001B[1;93mWARNING\u001B[0m] [] [x] ok";

    Optional<String> json = output.accept(line, formatter);

    assertThat(json)
        .hasValueSatisfying(
            text ->
                assertThat(text)
                    .contains("\"level\":\"WARNING\"", "\"logger\":\"payara\"")
                    .doesNotContain("\u001B")
                    .doesNotEndWith("\n"));
  }

  @Test
  void givesContinuationLinesTheLevelOfTheirRecord() {
    output.accept(String.format(HEADER, "SEVERE") + "[[", formatter);

    Optional<String> continuation =
        output.accept("\tat com.example.Boot.start(Boot.java:1)", formatter);

    assertThat(continuation).hasValueSatisfying(text -> assertThat(text).contains("\"SEVERE\""));
  }

  @Test
  void dropsBlankSeparatorLines() {
    assertThat(output.accept("   ", formatter)).isEmpty();
  }

  @Test
  void reportsAFailedDeploymentQuotingTheFirstException() {
    feedFailedDeployment();

    assertThat(output.deploymentFailure())
        .contains(
            "org.apache.catalina.LifecycleException: java.lang.IllegalStateException:"
                + " relation \"tenants\" already exists");
  }

  @Test
  void noticesWhenPayaraSaysItIsReady() {
    output.accept(
        String.format(HEADER, "INFO") + "Payara Micro 6.2025.10 (build 42) ready in 8,911 (ms)",
        formatter);

    assertThat(output.reportedReady()).isTrue();
  }

  @Test
  void ignoresExceptionsOutsideSevereRecords() {
    output.accept(String.format(HEADER, "WARNING") + "[[", formatter);
    output.accept("java.lang.IllegalStateException: harmless", formatter);

    assertThat(output.failureReason()).isEmpty();
    assertThat(output.deploymentFailure()).isEmpty();
  }

  @Test
  void fallsBackToTheFirstSevereMessageWithoutAnException() {
    output.accept(String.format(HEADER, "SEVERE") + "Exception while loading the app", formatter);

    assertThat(output.deploymentFailure()).contains("Exception while loading the app");
  }

  @Test
  void watchesJsonLinesOnceTheApplicationSwitchedPayaraToJson() {
    output.accept(
        "{\"time\":\"2026-12-03T17:13:44.495Z\",\"level\":\"SEVERE\",\"logger\":\"x\","
            + "\"message\":\"Exception while loading the app\","
            + "\"error\":\"java.lang.IllegalStateException: Database migration failed\"}",
        formatter);

    assertThat(output.deploymentFailure())
        .contains("java.lang.IllegalStateException: Database migration failed");
  }

  @Test
  void noticesReadinessInAJsonLine() {
    output.accept(
        "{\"level\":\"INFO\",\"message\":\"Payara Micro 6.2025.10 (build 42) ready in 9 (ms)\"}",
        formatter);

    assertThat(output.reportedReady()).isTrue();
  }

  private void feedFailedDeployment() {
    output.accept(
        String.format(HEADER, "SEVERE") + "Startup of context  failed due to previous errors",
        formatter);
    output.accept("", formatter);
    output.accept(String.format(HEADER, "SEVERE") + "[[", formatter);
    output.accept("  ", formatter);
    output.accept(
        "org.apache.catalina.LifecycleException: java.lang.IllegalStateException: relation"
            + " \"tenants\" already exists",
        formatter);
    output.accept(
        "\tat org.apache.catalina.core.StandardContext.start(StandardContext.java:1)", formatter);
    output.accept(
        "Caused by: java.lang.IllegalStateException: relation \"tenants\" already exists",
        formatter);
    output.accept("]]", formatter);
  }
}
