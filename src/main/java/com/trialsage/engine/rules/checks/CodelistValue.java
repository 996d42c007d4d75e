package com.trialsage.engine.rules.checks;

import com.trialsage.engine.ct.Codelist;
import com.trialsage.engine.ct.ControlledTerminology;
import com.trialsage.engine.model.Record;
import com.trialsage.engine.model.VariableType;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import com.trialsage.engine.rules.StudyScope;
import com.trialsage.engine.standard.VariableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A value of a variable the IG binds to a CDISC codelist is a submission value of that codelist:
 * TS0017 (CT2001) for non-extensible codelists, an error; TS0018 (CT2002) for extensible ones, a
 * warning, since sponsors may add terms.
 */
final class CodelistValue extends BaseRule {
  private final boolean extensible;

  private CodelistValue(String id, boolean extensible) {
    super(
        id,
        "no variable bound to "
            + (extensible ? "an extensible" : "a non-extensible")
            + " codelist of the CT file");
    this.extensible = extensible;
  }

  static CodelistValue nonExtensible() {
    return new CodelistValue("TS0017", false);
  }

  static CodelistValue extensible() {
    return new CodelistValue("TS0018", true);
  }

  @Override
  public Optional<String> unavailableReason(StudyScope study) {
    return study.terminology().isPresent() ? Optional.empty() : Optional.of("no --ct given");
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    if (scope.domain().isEmpty()) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    List<Binding> bindings = bindingsOf(scope, scope.study().terminology().orElseThrow());
    if (bindings.isEmpty()) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    return new DatasetCheck() {
      @Override
      public void record(Record record) {
        for (Binding b : bindings) {
          if (!record.isMissing(b.column())) {
            String value = record.text(b.column());
            if (!b.codelist().contains(value) && !isAllowedOutsideCodelist(b, value)) {
              scope.report(record, b.variable(), value, messageFor(b, value));
            }
          }
        }
      }
    };
  }

  private List<Binding> bindingsOf(DatasetScope scope, ControlledTerminology ct) {
    List<Binding> bindings = new ArrayList<>();
    for (VariableSpec spec : scope.domain().get().variables()) {
      int column = scope.column(spec.name());
      if (!spec.hasCodelist() || column < 0) {
        continue;
      }
      if (scope.variable(column).type() != VariableType.CHAR) {
        continue;
      }
      ct.codelist(spec.codelist())
          .filter(c -> c.isExtensible() == extensible)
          .ifPresent(c -> bindings.add(new Binding(column, spec.name(), c)));
    }
    return bindings;
  }

  /**
   * SDTMIG 5.2 (DM assumption on race) has RACE = MULTIPLE for a subject who reports several races,
   * although the non-extensible RACE codelist lacks the term.
   */
  private static boolean isAllowedOutsideCodelist(Binding b, String value) {
    return b.variable().equals("RACE") && value.equals("MULTIPLE");
  }

  private static String messageFor(Binding b, String value) {
    return "Value '"
        + value
        + "' of "
        + b.variable()
        + " is not in codelist "
        + b.codelist().submissionValue()
        + " ("
        + b.codelist().code()
        + ")";
  }

  private record Binding(int column, String variable, Codelist codelist) {}
}
