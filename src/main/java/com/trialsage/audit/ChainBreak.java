package com.trialsage.audit;

/** Why a tenant's audit chain is not intact at its first broken event. */
public enum ChainBreak {
  /**
   * The event's fields no longer give its stored hash: the row was changed after it was written.
   */
  ROW_CHANGED("row-changed", "the event's fields no longer hash to its stored hash"),

  /**
   * The event is chained to a row that still exists but is not the one before it (rows reordered,
   * or the link rewritten and the row re-hashed).
   */
  LINK_BROKEN("link-broken", "the event is not chained to the event before it"),

  /**
   * The event is chained to a hash no row of the tenant has any more: the row before it was removed
   * (or replaced by a re-hashed copy).
   */
  MISSING_ROW("missing-row", "the event it was chained to is gone: a gap in the chain");

  private final String code;
  private final String description;

  ChainBreak(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /** The stable name in reports, such as {@code row-changed}. */
  public String code() {
    return code;
  }

  public String description() {
    return description;
  }
}
