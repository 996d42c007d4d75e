package com.trialsage.engine.standard;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The SDTMIG versions the engine has metadata for. */
public enum SdtmigVersion {
  V3_2("3.2"),
  V3_3("3.3"),
  V3_4("3.4");

  private final String text;

  SdtmigVersion(String text) {
    this.text = text;
  }

  /** The version as users write it, e.g. {@code 3.4}. */
  public String text() {
    return text;
  }

  /** Reads {@code 3.2}, {@code 3.3} or {@code 3.4}. */
  public static SdtmigVersion parse(String text) {
    for (SdtmigVersion v : values()) {
      if (v.text.equals(text)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "SDTMIG version must be one of "
            + Arrays.stream(values()).map(SdtmigVersion::text).collect(Collectors.joining(", "))
            + ", was '"
            + text
            + "'");
  }
}
