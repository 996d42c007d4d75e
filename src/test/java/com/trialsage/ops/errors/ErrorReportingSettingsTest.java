package com.trialsage.ops.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErrorReportingSettingsTest {

  @Test
  void isOffWithoutADsn() {
    ErrorReportingSettings settings = read(Map.of());

    assertThat(settings.dsn()).isEmpty();
    assertThat(settings.target()).isEqualTo("none");
  }

  @Test
  void reportsAsTheConfiguredEnvironmentAndThisRelease() {
    ErrorReportingSettings settings =
        read(
            Map.of(
                "sentry.dsn", "https://k3y@o1.ingest.sentry.example:8443/7",
                "sentry.environment", "staging"));

    assertThat(settings.dsn()).isPresent();
    assertThat(settings.environment()).isEqualTo("staging");
    assertThat(settings.release()).isEqualTo("trialsage@1.2.3");
    assertThat(settings.target()).isEqualTo("o1.ingest.sentry.example:8443").doesNotContain("k3y");
  }

  @Test
  void namesTheEnvironmentAfterTheModeWhenUnset() {
    assertThat(read(Map.of()).environment()).isEqualTo("production");
    assertThat(read(Map.of("trialsage.dev", "true")).environment()).isEqualTo("development");
  }

  @Test
  void refusesADsnWithoutKeyOrProjectNamingTheKeyButNotTheValue() {
    for (String dsn :
        new String[] {"https://sentry.example/7", "https://k3y@sentry.example", "not a url"}) {
      assertThatThrownBy(() -> read(Map.of("sentry.dsn", dsn)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("sentry.dsn")
          .hasMessageContaining("SENTRY_DSN")
          .hasMessageNotContaining(dsn);
    }
  }

  @Test
  void readsThisBuildsVersionFromTheBuild() {
    assertThat(ErrorReporting.version()).matches("\\d+\\.\\d+\\.\\d+.*");
  }

  private static ErrorReportingSettings read(Map<String, String> values) {
    return ErrorReportingSettings.read(key -> Optional.ofNullable(values.get(key)), "1.2.3");
  }
}
