package com.trialsage.engine.rules.checks;

import com.trialsage.engine.define.DefineDocument;
import com.trialsage.engine.define.DefineVariable;
import com.trialsage.engine.model.Variable;
import com.trialsage.engine.model.VariableType;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import com.trialsage.engine.rules.StudyScope;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The datasets agree with define.xml (Define-XML 2.1 section 4, ItemGroupDef/ItemRef/ItemDef):
 * TS0035 (SD0060) each dataset and each of its variables is described and each described variable
 * is present; TS0036 (SD1324) a variable's type (numeric for integer and float) and label agree
 * with its ItemDef.
 */
final class DefineConsistency extends BaseRule {
  private final boolean attributes;

  private DefineConsistency(String id, boolean attributes) {
    super(id, "no dataset");
    this.attributes = attributes;
  }

  static DefineConsistency presence() {
    return new DefineConsistency("TS0035", false);
  }

  static DefineConsistency attributes() {
    return new DefineConsistency("TS0036", true);
  }

  @Override
  public Optional<String> unavailableReason(StudyScope study) {
    return study.define().isPresent() ? Optional.empty() : Optional.of("no --define given");
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    DefineDocument define = scope.study().define().orElseThrow();
    Optional<List<DefineVariable>> described = define.dataset(scope.name());
    if (described.isEmpty()) {
      if (!attributes) {
        scope.reportDataset(
            "", scope.name(), "Dataset " + scope.name() + " is not described in define.xml");
      }
      return new DatasetCheck() {};
    }
    Map<String, DefineVariable> byName = new HashMap<>();
    described.get().forEach(v -> byName.put(v.name().toUpperCase(Locale.ROOT), v));
    if (attributes) {
      compareAttributes(scope, byName);
    } else {
      comparePresence(scope, byName);
    }
    return new DatasetCheck() {};
  }

  private static void comparePresence(DatasetScope scope, Map<String, DefineVariable> described) {
    for (Variable v : scope.metadata().variables()) {
      if (!described.containsKey(v.name().toUpperCase(Locale.ROOT))) {
        scope.reportDataset(
            v.name(), "", "Variable " + v.name() + " is not described in define.xml");
      }
    }
    for (DefineVariable d : described.values()) {
      if (scope.column(d.name()) < 0) {
        scope.reportDataset(
            d.name(), "", "define.xml variable " + d.name() + " is missing from the dataset");
      }
    }
  }

  private static void compareAttributes(DatasetScope scope, Map<String, DefineVariable> described) {
    for (Variable v : scope.metadata().variables()) {
      DefineVariable d = described.get(v.name().toUpperCase(Locale.ROOT));
      if (d == null) {
        continue;
      }
      if ((v.type() == VariableType.NUM) != d.isNumeric()) {
        scope.reportDataset(
            v.name(),
            v.type().name(),
            "Type of " + v.name() + " is " + v.type() + ", define.xml says " + d.dataType());
      }
      if (!d.label().isEmpty()
          && !LabelMatchesIg.normalized(v.label()).equals(LabelMatchesIg.normalized(d.label()))) {
        scope.reportDataset(
            v.name(),
            v.label(),
            "Label of "
                + v.name()
                + " is '"
                + v.label()
                + "', define.xml says '"
                + d.label()
                + "'");
      }
    }
  }
}
