package com.trialsage.engine.rules.checks;

import com.trialsage.engine.rules.StudyScope;
import java.util.Optional;

/** A rule that compares records with the subjects of DM, so it cannot run without DM. */
abstract class RequiresDm extends BaseRule {

  RequiresDm(String id, String notApplicableReason) {
    super(id, notApplicableReason);
  }

  @Override
  public Optional<String> unavailableReason(StudyScope study) {
    return study.facts().hasDataset("DM")
        ? Optional.empty()
        : Optional.of("dataset DM not present");
  }
}
