package com.trialsage.engine.standard;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The metadata of one SDTMIG version: which domains exist and what variables they hold. Load it
 * with {@link StandardLibrary#load(SdtmigVersion)}.
 */
public final class Standard {
  private static final String SUPPQUAL = "SUPPQUAL";

  private final SdtmigVersion version;
  private final Map<String, DomainTemplate> templates;
  private final Map<String, List<String>> modelGroups;
  private final Map<String, Optional<DomainSpec>> specsByDataset = new ConcurrentHashMap<>();

  Standard(
      SdtmigVersion version,
      Map<String, DomainTemplate> templates,
      Map<String, List<String>> modelGroups) {
    this.version = Objects.requireNonNull(version, "version");
    this.templates = Map.copyOf(templates);
    this.modelGroups = Map.copyOf(modelGroups);
  }

  public SdtmigVersion version() {
    return version;
  }

  /** The domain names the metadata covers, e.g. {@code AE}, {@code SUPPQUAL}. */
  public Set<String> domainNames() {
    return templates.keySet();
  }

  /**
   * The domain a dataset of this name belongs to: the domain of the same name; {@code SUPPQUAL} for
   * {@code SUPP--}; the parent domain for a split dataset such as {@code QSPH} (SDTMIG 4.1.7); and
   * for an associated-persons dataset {@code AP--} the parent domain with the AP identifiers
   * (SDTMIG-AP 2.2). Empty when the engine has no metadata for it.
   */
  public Optional<DomainSpec> domainForDataset(String datasetName) {
    String name = datasetName.toUpperCase(Locale.ROOT);
    return specsByDataset.computeIfAbsent(name, this::resolve);
  }

  private Optional<DomainSpec> resolve(String datasetName) {
    if (datasetName.startsWith("SUPP") || datasetName.startsWith("SQAP")) {
      return build(templates.get(SUPPQUAL), false);
    }
    if (templates.containsKey(datasetName)) {
      return build(templates.get(datasetName), false);
    }
    if (datasetName.startsWith("AP") && datasetName.length() >= 4) {
      return build(templates.get(datasetName.substring(2, 4)), true);
    }
    if (datasetName.length() > 2) {
      return build(templates.get(datasetName.substring(0, 2)), false);
    }
    return Optional.empty();
  }

  private Optional<DomainSpec> build(DomainTemplate template, boolean associatedPersons) {
    if (template == null) {
      return Optional.empty();
    }
    Set<String> allowed = new HashSet<>();
    if (template.observationClass().isGeneral()) {
      String prefix = template.name();
      addGroup(allowed, associatedPersons ? "AP_IDENTIFIER" : "IDENTIFIER", prefix);
      addGroup(allowed, "TIMING", prefix);
      addGroup(allowed, template.observationClass().name(), prefix);
    }
    if (associatedPersons) {
      addGroup(allowed, "IDENTIFIER", template.name());
      allowed.remove("USUBJID");
    }
    return Optional.of(
        new DomainSpec(
            template.name(),
            template.observationClass(),
            template.label(),
            template.variables(),
            allowed));
  }

  private void addGroup(Collection<String> target, String group, String prefix) {
    for (String pattern : modelGroups.getOrDefault(group, List.of())) {
      target.add(pattern.startsWith("--") ? prefix + pattern.substring(2) : pattern);
    }
  }

  /** A domain as the data file describes it, before a dataset name gives it a prefix. */
  record DomainTemplate(
      String name, ObservationClass observationClass, String label, List<VariableSpec> variables) {}
}
