package com.trialsage.engine.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The metadata of one dataset: its name, label and variables in column order.
 *
 * @param name the dataset name as written in the file (for example {@code DM}, {@code SUPPAE})
 * @param label the dataset label, empty when the file has none
 * @param variables the variables, in column order ({@code variables.get(i).position() == i})
 * @param sourceFile the file name the dataset was read from, for messages
 */
public record DatasetMetadata(
    String name, String label, List<Variable> variables, String sourceFile) {
  public DatasetMetadata {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    variables = List.copyOf(variables);
    Objects.requireNonNull(sourceFile, "sourceFile");
    for (int i = 0; i < variables.size(); i++) {
      if (variables.get(i).position() != i) {
        throw new IllegalArgumentException(
            "variable "
                + variables.get(i).name()
                + " has position "
                + variables.get(i).position()
                + " but stands at index "
                + i);
      }
    }
  }

  /** The variable with this name, compared without regard to case. */
  public Optional<Variable> variable(String variableName) {
    for (Variable v : variables) {
      if (v.name().equalsIgnoreCase(variableName)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** The column index of this variable, or -1 when the dataset has no such variable. */
  public int indexOf(String variableName) {
    return variable(variableName).map(Variable::position).orElse(-1);
  }

  /** The dataset name in upper case, as SDTM compares domain names. */
  public String upperName() {
    return name.toUpperCase(Locale.ROOT);
  }
}
