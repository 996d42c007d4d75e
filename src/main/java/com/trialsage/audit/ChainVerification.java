package com.trialsage.audit;

import java.util.Objects;

/**
 * The verdict on one tenant's audit chain. When it is broken, {@code firstBrokenEventId} names the
 * first event that fails; for {@link ChainBreak#ROW_CHANGED} {@code expectedHash} is the hash its
 * fields give now and {@code storedHash} its {@code hash} column; for a link it is the previous
 * event's hash and the event's {@code prev_hash}.
 *
 * @param eventsChecked the events read, up to and including the first broken one
 */
public record ChainVerification(
    String tenant,
    long eventsChecked,
    boolean intact,
    Long firstBrokenEventId,
    String expectedHash,
    String storedHash,
    ChainBreak reason) {

  public ChainVerification {
    Objects.requireNonNull(tenant, "a verification is of one tenant's chain");
    if (eventsChecked < 0) {
      throw new IllegalArgumentException("eventsChecked cannot be negative: " + eventsChecked);
    }
    if (intact != (reason == null) || intact != (firstBrokenEventId == null)) {
      throw new IllegalArgumentException(
          "a broken chain names its first broken event and the reason; an intact one neither");
    }
  }

  static ChainVerification intact(String tenant, long eventsChecked) {
    return new ChainVerification(tenant, eventsChecked, true, null, null, null, null);
  }

  static ChainVerification broken(
      String tenant,
      long eventsChecked,
      long eventId,
      String expectedHash,
      String storedHash,
      ChainBreak reason) {
    return new ChainVerification(
        tenant, eventsChecked, false, eventId, expectedHash, storedHash, reason);
  }

  /** One JSON object; the API and the {@code audit-verify} command print the same. */
  public String toJson() {
    return "{\"tenant\":"
        + CanonicalJson.quote(tenant)
        + ",\"eventsChecked\":"
        + eventsChecked
        + ",\"intact\":"
        + intact
        + ",\"firstBrokenEventId\":"
        + firstBrokenEventId
        + ",\"expectedHash\":"
        + quoteOrNull(expectedHash)
        + ",\"storedHash\":"
        + quoteOrNull(storedHash)
        + ",\"reason\":"
        + (reason == null ? null : CanonicalJson.quote(reason.code()))
        + ",\"detail\":"
        + (reason == null ? null : CanonicalJson.quote(reason.description()))
        + "}";
  }

  private static String quoteOrNull(String text) {
    return text == null ? "null" : CanonicalJson.quote(text);
  }
}
