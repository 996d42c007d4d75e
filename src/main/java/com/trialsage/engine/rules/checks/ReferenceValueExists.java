package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import com.trialsage.engine.rules.NumericText;
import com.trialsage.engine.rules.StudyFacts;
import com.trialsage.engine.rules.StudyScope;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A populated value is among the values of its reference dataset: TS0025 VISITNUM among the
 * subject's visits in SV (SDTMIG 5.3, CG0034), TS0026 ARMCD in TA (SDTMIG 7.2.1, CG0293), TS0027
 * EPOCH in TA (CG0009). The reference dataset itself and the trial design datasets, which plan
 * rather than record, are left out.
 */
final class ReferenceValueExists extends BaseRule {
  /** SDTMIG 3.2 let DM.ARMCD hold these for subjects never assigned to an arm (section 5.2). */
  private static final Set<String> UNASSIGNED_ARMS = Set.of("SCRNFAIL", "NOTASSGN");

  private static final Set<String> TRIAL_DESIGN = Set.of("TA", "TE", "TV", "TI", "TS", "TD", "TM");

  private final String variable;
  private final String reference;
  private final Function<StudyFacts, Set<String>> values;
  private final boolean perSubject;

  private ReferenceValueExists(
      String id,
      String variable,
      String reference,
      Function<StudyFacts, Set<String>> values,
      boolean perSubject) {
    super(id, "no dataset other than " + reference + " with " + variable);
    this.variable = variable;
    this.reference = reference;
    this.values = values;
    this.perSubject = perSubject;
  }

  static ReferenceValueExists visitInSv() {
    return new ReferenceValueExists("TS0025", "VISITNUM", "SV", StudyFacts::subjectVisits, true);
  }

  static ReferenceValueExists armInTa() {
    return new ReferenceValueExists("TS0026", "ARMCD", "TA", StudyFacts::armCodes, false);
  }

  static ReferenceValueExists epochInTa() {
    return new ReferenceValueExists("TS0027", "EPOCH", "TA", StudyFacts::epochs, false);
  }

  @Override
  public Optional<String> unavailableReason(StudyScope study) {
    return study.facts().hasDataset(reference)
        ? Optional.empty()
        : Optional.of("dataset " + reference + " not present");
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    int column = scope.column(variable);
    if (column < 0 || !isChecked(scope.name())) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    Set<String> known = values.apply(scope.facts());
    int usubjid = scope.column("USUBJID");
    if (perSubject && usubjid < 0) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    return new DatasetCheck() {
      @Override
      public void record(Record record) {
        if (record.isMissing(column)) {
          return;
        }
        String value = record.text(column);
        String key =
            perSubject ? record.text(usubjid) + '\0' + NumericText.canonical(value) : value;
        if (!known.contains(key) && !isUnassignedArm(value)) {
          scope.report(record, variable, value);
        }
      }
    };
  }

  private boolean isChecked(String dataset) {
    if (dataset.equals(reference)) {
      return false;
    }
    // TV plans visits per arm, so its arms must be TA's (SDTMIG 7.3.1); the other trial design
    // datasets plan rather than record and are not checked.
    if (dataset.equals("TV") && variable.equals("ARMCD")) {
      return true;
    }
    return !TRIAL_DESIGN.contains(dataset);
  }

  private boolean isUnassignedArm(String value) {
    return variable.equals("ARMCD") && UNASSIGNED_ARMS.contains(value);
  }
}
