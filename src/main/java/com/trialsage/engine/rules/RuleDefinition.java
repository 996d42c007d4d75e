package com.trialsage.engine.rules;

import java.util.Objects;

/**
 * One entry of the rule catalog: what a rule checks and how it is known elsewhere.
 *
 * @param id the stable TrialSage id
 * @param p21Id the Pinnacle 21 / FDA validator id (SDnnnn, CTnnnn), empty when there is none
 * @param fdaId the FDA business rule id (FBnnnn), empty when there is none
 * @param cdiscId the CDISC SDTMIG conformance rule id (CGnnnn), empty when there is none
 * @param coreId the CDISC CORE rule ids (CORE-nnnnnn, space-separated), empty when there is none
 * @param severity how serious a finding of this rule is
 * @param message the one-line finding message
 * @param description what the rule checks, and its limits
 */
public record RuleDefinition(
    RuleId id,
    String p21Id,
    String fdaId,
    String cdiscId,
    String coreId,
    Severity severity,
    String message,
    String description) {
  public RuleDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(p21Id, "p21Id");
    Objects.requireNonNull(fdaId, "fdaId");
    Objects.requireNonNull(cdiscId, "cdiscId");
    Objects.requireNonNull(coreId, "coreId");
    Objects.requireNonNull(severity, "severity");
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("rule " + id + " needs a message");
    }
    Objects.requireNonNull(description, "description");
  }
}
