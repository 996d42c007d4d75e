package com.trialsage.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifyingInputStreamTest {
  private static final byte[] ORIGINAL =
      "USUBJID,AETERM\r\n01-701-1015,HEADACHE\r\n".getBytes(StandardCharsets.US_ASCII);

  private final List<String> mismatches = new ArrayList<>();

  @Test
  void passesTheRecordedBytesThrough() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    try (InputStream in = verifying(ORIGINAL)) {
      in.transferTo(out);
    }

    assertThat(out.toByteArray()).isEqualTo(ORIGINAL);
    assertThat(mismatches).isEmpty();
  }

  @Test
  void withholdsTheLastChunkOfChangedBytes() {
    byte[] changed = ORIGINAL.clone();
    changed[changed.length - 3] ^= 1;
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(
            () -> {
              try (InputStream in = verifying(changed)) {
                byte[] chunk = new byte[16];
                int read;
                while ((read = in.read(chunk)) > 0) {
                  out.write(chunk, 0, read);
                }
              }
            })
        .isInstanceOf(IntegrityIOException.class)
        .hasMessageContaining("report csv failed verification");

    assertThat(out.size()).isLessThan(ORIGINAL.length);
    assertThat(mismatches).hasSize(1).allSatisfy(m -> assertThat(m).matches("[0-9a-f]{64}"));
  }

  @Test
  void failsAStoredObjectLongerThanRecorded() {
    byte[] longer = (new String(ORIGINAL, StandardCharsets.US_ASCII) + "x").getBytes();

    assertThatThrownBy(() -> verifying(longer).readAllBytes())
        .isInstanceOf(IntegrityIOException.class);

    assertThat(mismatches).containsExactly("size over " + ORIGINAL.length);
  }

  @Test
  void failsAStoredObjectShorterThanRecorded() {
    byte[] shorter = java.util.Arrays.copyOf(ORIGINAL, ORIGINAL.length - 1);

    assertThatThrownBy(() -> verifying(shorter).readAllBytes())
        .isInstanceOf(IntegrityIOException.class);

    assertThat(mismatches).containsExactly("size " + (ORIGINAL.length - 1));
  }

  private InputStream verifying(byte[] stored) throws Exception {
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ORIGINAL));
    return new VerifyingInputStream(
        new ByteArrayInputStream(stored), sha256, ORIGINAL.length, "report csv", mismatches::add);
  }

  @Test
  void refusesAMissingExpectation() {
    assertThatThrownBy(
            () ->
                new VerifyingInputStream(new ByteArrayInputStream(ORIGINAL), null, 1, "x", m -> {}))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("expectedSha256");
  }
}
