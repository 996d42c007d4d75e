package com.trialsage.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditHashTest {
  private static final Instant AT = Instant.parse("2026-12-03T12:00:00.123456Z");

  private static AuditHash.Row row(String reason, String prevHash) {
    return new AuditHash.Row(
        "acme",
        AT,
        "alice",
        "upload.deleted",
        "upload",
        "id-1",
        "{\"a\":1}",
        null,
        reason,
        "r-1",
        prevHash);
  }

  @Test
  void writesJsonCompactWithSortedKeys() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("zeta", 1L);
    value.put("alpha", Map.of("y", "b", "x", true));

    assertThat(AuditHash.canonicalJson(value))
        .isEqualTo("{\"alpha\":{\"x\":true,\"y\":\"b\"},\"zeta\":1}");
  }

  @Test
  void hashesTheSameRowTheSameWay() {
    assertThat(AuditHash.of(row("why", null)))
        .isEqualTo(AuditHash.of(row("why", null)))
        .hasSize(64);
  }

  @Test
  void chainsToThePreviousHash() {
    assertThat(AuditHash.of(row("why", "0".repeat(64))))
        .isNotEqualTo(AuditHash.of(row("why", "1".repeat(64))));
  }

  @Test
  void tellsANullFieldFromAnEmptyOne() {
    assertThat(AuditHash.of(row(null, null))).isNotEqualTo(AuditHash.of(row("", null)));
  }
}
