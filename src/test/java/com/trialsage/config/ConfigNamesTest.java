package com.trialsage.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigNamesTest {

  @Test
  void mapsAPropertyToItsUpperCaseEnvironmentVariable() {
    assertThat(ConfigNames.environmentVariable("trialsage.jwt.tenant-claim"))
        .isEqualTo("TRIALSAGE_JWT_TENANT_CLAIM");
  }

  @Test
  void listsTheNamesInTheOrderMicroProfileConfigTriesThem() {
    assertThat(ConfigNames.environmentCandidates("frontend.url"))
        .containsExactly("frontend.url", "frontend_url", "FRONTEND_URL");
  }
}
