package com.trialsage.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonObjectLineTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"a\":1}",
        " {\"level\":\"INFO\",\"n\":-1.5e3,\"ok\":true,\"x\":null,\"list\":[1,\"two\",{}]} ",
        "{\"escaped\":\"q\\\" b\\\\ u\\u00e9 n\\n\"}"
      })
  void recognisesAJsonObject(String line) {
    assertThat(JsonObjectLine.isObject(line)).isTrue();
  }

  @Test
  void readsTheTopLevelStringMembersDecoded() {
    String line =
        "{\"level\":\"SEVERE\",\"n\":1,\"nested\":{\"message\":\"no\"},"
            + "\"message\":\"a \\\"b\\\" \\u00e9\\nc\"}";

    assertThat(JsonObjectLine.topLevelStrings(line))
        .contains(Map.of("level", "SEVERE", "message", "a \"b\" \u00e9\nc"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{",
        "{ [[",
        "[1,2]",
        "{\"a\":1}}",
        "{\"a\":1,}",
        "{a:1}",
        "{\"a\":01}",
        "{\"a\":\"unterminated}",
        "{\"a\":tru}",
        "{\"a\":\"bad \\x escape\"}",
        "plain text"
      })
  void rejectsAnythingElse(String line) {
    assertThat(JsonObjectLine.isObject(line)).isFalse();
  }
}
