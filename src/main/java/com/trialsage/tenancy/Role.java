package com.trialsage.tenancy;

import java.util.Set;

/** The roles a token's {@code groups} claim may carry. */
public final class Role {
  /** Uploads datasets and starts validation runs. */
  public static final String SUBMITTER = "submitter";

  /** Reads runs, findings, reports and the audit trail. */
  public static final String REVIEWER = "reviewer";

  /** Watches and steers the service: breaker, queue, alerts. */
  public static final String OPERATOR = "operator";

  /** Manages tenants and their settings. */
  public static final String ADMIN = "admin";

  public static final Set<String> ALL = Set.of(SUBMITTER, REVIEWER, OPERATOR, ADMIN);

  private Role() {}
}
