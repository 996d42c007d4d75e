package com.trialsage.uploads;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/** A SHA-256 digest, held as 64 lower-case hex digits. */
public record Sha256(String hex) {
  private static final Pattern FORM = Pattern.compile("[0-9a-f]{64}");

  public Sha256 {
    Objects.requireNonNull(hex, "sha256");
    if (!FORM.matcher(hex).matches()) {
      throw new IllegalArgumentException("a SHA-256 is 64 lower-case hex digits, not " + hex);
    }
  }

  public static Sha256 ofBytes(byte[] digest) {
    if (digest.length != 32) {
      throw new IllegalArgumentException("a SHA-256 has 32 bytes, not " + digest.length);
    }
    return new Sha256(HexFormat.of().formatHex(digest));
  }

  public byte[] bytes() {
    return HexFormat.of().parseHex(hex);
  }

  public String base64() {
    return Base64.getEncoder().encodeToString(bytes());
  }

  /** The RFC 9530 field value for {@code Repr-Digest} and {@code Content-Digest}. */
  public String digestField() {
    return "sha-256=:" + base64() + ":";
  }

  @Override
  public String toString() {
    return hex;
  }
}
