package com.trialsage.uploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class ContentDigestsTest {
  private static final byte[] DIGEST = new byte[32];
  private static final String B64 = Base64.getEncoder().encodeToString(DIGEST);

  @Test
  void readsASha256Member() {
    assertThat(ContentDigests.sha256("Content-Digest", "sha-256=:" + B64 + ":"))
        .contains(Sha256.ofBytes(DIGEST));
  }

  @Test
  void findsSha256AmongOtherAlgorithms() {
    String field =
        "sha-512=:" + Base64.getEncoder().encodeToString(new byte[64]) + ":, sha-256=:" + B64 + ":";

    assertThat(ContentDigests.sha256("Repr-Digest", field)).contains(Sha256.ofBytes(DIGEST));
  }

  @Test
  void ignoresAHeaderWithOnlyOtherAlgorithms() {
    assertThat(ContentDigests.sha256("Repr-Digest", "sha-512=:AAAA:")).isEmpty();
  }

  @Test
  void ignoresAnAbsentHeader() {
    assertThat(ContentDigests.sha256("Repr-Digest", null)).isEmpty();
  }

  @Test
  void refusesAFieldThatIsNotADictionary() {
    assertThatThrownBy(() -> ContentDigests.sha256("Content-Digest", "sha-256=abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Content-Digest");
  }

  @Test
  void refusesADigestOfTheWrongLength() {
    assertThatThrownBy(() -> ContentDigests.sha256("Content-Digest", "sha-256=:AAAA:"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32-byte");
  }
}
