package com.trialsage.uploads;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** An upload's identifier: a random UUID made by the server. */
public record UploadId(UUID value) {
  public UploadId {
    Objects.requireNonNull(value, "upload id");
  }

  public static UploadId random() {
    return new UploadId(UUID.randomUUID());
  }

  /** The id in {@code text}, or empty when it is not a UUID (answered as 404, not 400). */
  public static Optional<UploadId> parse(String text) {
    try {
      return Optional.of(new UploadId(UUID.fromString(text)));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
