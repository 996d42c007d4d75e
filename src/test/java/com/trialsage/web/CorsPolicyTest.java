package com.trialsage.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorsPolicyTest {
  private final CorsPolicy policy =
      new CorsPolicy("https://console.example.com, http://localhost:3000/");

  @Test
  void allowsAListedOriginWhateverTheCaseOfSchemeAndHost() {
    assertThat(policy.allows("https://console.example.com")).isTrue();
    assertThat(policy.allows("HTTPS://Console.Example.com")).isTrue();
    assertThat(policy.allows("http://localhost:3000")).isTrue();
  }

  @Test
  void refusesAnOriginThatDiffersInSchemeHostOrPort() {
    assertThat(policy.allows("http://console.example.com")).isFalse();
    assertThat(policy.allows("https://console.example.com.evil.test")).isFalse();
    assertThat(policy.allows("http://localhost:3001")).isFalse();
    assertThat(policy.allows("null")).isFalse();
    assertThat(policy.allows(null)).isFalse();
  }

  @Test
  void allowsNoOriginWhenNoneIsConfigured() {
    assertThat(new CorsPolicy("").allows("http://localhost:8080")).isFalse();
  }

  @Test
  void answersPreflightsOnlyForTheApisMethods() {
    assertThat(policy.allowsMethod("DELETE")).isTrue();
    assertThat(policy.allowsMethod("TRACE")).isFalse();
  }
}
