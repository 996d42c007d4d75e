package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Variable;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import com.trialsage.engine.standard.DomainSpec;
import java.util.Locale;

/**
 * TS0004 (SD0058): a variable of a general-observation-class dataset or of DM is one the IG or the
 * SDTM model allows there; anything else belongs in SUPP-- (SDTMIG 8.4). Trial design, SUPP--,
 * RELREC and the other special-purpose datasets are not checked: the engine's metadata lists only
 * their IG variables.
 */
final class VariableAllowed extends BaseRule {
  VariableAllowed() {
    super("TS0004", "no general-observation-class or DM dataset the engine has metadata for");
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    if (scope.domain().isEmpty() || !isChecked(scope.domain().get())) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    for (Variable v : scope.metadata().variables()) {
      String name = v.name().toUpperCase(Locale.ROOT);
      if (!scope.domain().get().allows(name)) {
        scope.reportDataset(
            v.name(), v.name(), "Variable " + v.name() + " is not allowed in " + scope.name());
      }
    }
    return new DatasetCheck() {};
  }

  private static boolean isChecked(DomainSpec domain) {
    return domain.observationClass().isGeneral() || domain.name().equals("DM");
  }
}
