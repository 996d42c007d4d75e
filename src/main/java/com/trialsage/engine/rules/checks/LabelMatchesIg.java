package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Variable;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import com.trialsage.engine.standard.VariableSpec;
import java.util.Locale;
import java.util.Optional;

/**
 * TS0016 (SD0063, CG0303): the label of an IG variable is the IG's label (SDTMIG 4.2.1). Compared
 * without regard to case or runs of white space, which sponsors' tools change freely.
 */
final class LabelMatchesIg extends BaseRule {
  LabelMatchesIg() {
    super("TS0016", "no dataset of a domain the engine has metadata for");
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    if (scope.domain().isEmpty()) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    for (Variable v : scope.metadata().variables()) {
      Optional<VariableSpec> spec =
          scope.domain().get().variable(v.name().toUpperCase(Locale.ROOT));
      if (spec.isPresent() && !normalized(v.label()).equals(normalized(spec.get().label()))) {
        scope.reportDataset(
            v.name(),
            v.label(),
            "Label of "
                + v.name()
                + " is '"
                + v.label()
                + "', the IG's is '"
                + spec.get().label()
                + "'");
      }
    }
    return new DatasetCheck() {};
  }

  static String normalized(String label) {
    return label.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
