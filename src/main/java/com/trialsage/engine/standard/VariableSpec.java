package com.trialsage.engine.standard;

import com.trialsage.engine.model.VariableType;
import java.util.Objects;

/**
 * An SDTMIG variable of a domain.
 *
 * @param domain the domain, e.g. {@code AE}, or {@code SUPPQUAL} for all SUPP-- datasets
 * @param name the variable name
 * @param label the Implementation Guide label
 * @param type character or numeric
 * @param core required, expected or permissible
 * @param codelist the NCI code of the CDISC codelist the values come from, or empty
 * @param order the position of the variable in the IG domain table, from 1
 */
public record VariableSpec(
    String domain,
    String name,
    String label,
    VariableType type,
    Core core,
    String codelist,
    int order) {
  public VariableSpec {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(core, "core");
    Objects.requireNonNull(codelist, "codelist");
  }

  public boolean hasCodelist() {
    return !codelist.isEmpty();
  }
}
