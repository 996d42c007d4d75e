package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Variable;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;

/**
 * The SAS XPORT v5 limits on names and labels that SDTMIG 2.2 and 4.2.1 adopt: TS0013 variable
 * names of at most 8 characters, TS0014 labels of at most 40, TS0037 dataset names of at most 8.
 */
final class MetadataLimits {
  private MetadataLimits() {}

  static final class VariableNameLength extends BaseRule {
    VariableNameLength() {
      super("TS0013", "no dataset");
    }

    @Override
    public DatasetCheck check(DatasetScope scope) {
      for (Variable v : scope.metadata().variables()) {
        if (v.name().length() > 8) {
          scope.reportDataset(
              v.name(), v.name(), "Variable name " + v.name() + " is longer than 8 characters");
        }
      }
      return new DatasetCheck() {};
    }
  }

  static final class VariableLabelLength extends BaseRule {
    VariableLabelLength() {
      super("TS0014", "no dataset");
    }

    @Override
    public DatasetCheck check(DatasetScope scope) {
      for (Variable v : scope.metadata().variables()) {
        if (v.label().length() > 40) {
          scope.reportDataset(
              v.name(),
              v.label(),
              "Label of " + v.name() + " is " + v.label().length() + " characters, over 40");
        }
      }
      return new DatasetCheck() {};
    }
  }

  static final class DatasetNameLength extends BaseRule {
    DatasetNameLength() {
      super("TS0037", "no dataset");
    }

    @Override
    public DatasetCheck check(DatasetScope scope) {
      if (scope.name().length() > 8) {
        scope.reportDataset(
            "", scope.name(), "Dataset name " + scope.name() + " is longer than 8 characters");
      }
      return new DatasetCheck() {};
    }
  }
}
