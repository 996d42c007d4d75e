package com.trialsage.engine.standard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One SDTMIG domain: its class, label and variables, and the variables the SDTM model allows in it.
 */
public final class DomainSpec {
  private final String name;
  private final ObservationClass observationClass;
  private final String label;
  private final Map<String, VariableSpec> variables;
  private final Set<String> allowedVariables;

  DomainSpec(
      String name,
      ObservationClass observationClass,
      String label,
      List<VariableSpec> variables,
      Set<String> allowedVariables) {
    this.name = Objects.requireNonNull(name, "name");
    this.observationClass = Objects.requireNonNull(observationClass, "observationClass");
    this.label = Objects.requireNonNull(label, "label");
    this.variables = new LinkedHashMap<>();
    for (VariableSpec v : variables) {
      this.variables.put(v.name(), v);
    }
    this.allowedVariables = Set.copyOf(allowedVariables);
  }

  public String name() {
    return name;
  }

  public ObservationClass observationClass() {
    return observationClass;
  }

  public String label() {
    return label;
  }

  /** The IG variables of the domain, in IG order. */
  public List<VariableSpec> variables() {
    return List.copyOf(variables.values());
  }

  /** The IG variable of this name (upper case), if the IG lists it for the domain. */
  public Optional<VariableSpec> variable(String variableName) {
    return Optional.ofNullable(variables.get(variableName));
  }

  /**
   * Whether a variable of this name may appear in a dataset of the domain with the given prefix: an
   * IG variable of the domain, or a variable its observation class allows (SDTMIG 2.2, 8.4).
   */
  public boolean allows(String variableName) {
    return variables.containsKey(variableName) || allowedVariables.contains(variableName);
  }
}
