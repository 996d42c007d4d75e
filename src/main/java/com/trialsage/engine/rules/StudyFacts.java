package com.trialsage.engine.rules;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What cross-dataset rules need to know about the study, gathered while the datasets are read: only
 * keys (subject ids, visit numbers, arm codes, parent record keys), never whole records.
 *
 * <p>The run reads the trial design datasets first, then DM, SV, the other domains, and SUPP--,
 * RELREC and CO last, so that a rule checking a dataset against DM, TA, SV or a parent domain finds
 * the reference keys already gathered.
 */
public final class StudyFacts {
  private final Set<String> datasetNames;
  private final Set<String> datasetsRead = new HashSet<>();
  private final Set<String> dmUsubjids = new HashSet<>();
  private final Set<String> dmStudyids = new HashSet<>();
  private final Set<String> deceasedUsubjids = new HashSet<>();
  private final Map<String, String> referenceStartDates = new HashMap<>();
  private final Set<String> visitNumbers = new HashSet<>();
  private final Set<String> armCodes = new HashSet<>();
  private final Set<String> epochs = new HashSet<>();
  private final Map<String, Set<String>> parentKeys = new HashMap<>();
  private final Map<String, Set<String>> variablesByDataset = new HashMap<>();

  /**
   * @param datasetNames the upper-case names of all datasets of the run, known before reading
   */
  public StudyFacts(Set<String> datasetNames) {
    this.datasetNames = Set.copyOf(datasetNames);
  }

  /** Whether the run includes a dataset of this name (upper case). */
  public boolean hasDataset(String name) {
    return datasetNames.contains(name);
  }

  public Set<String> datasetNames() {
    return datasetNames;
  }

  /** Whether the dataset of this name has been read completely. */
  public boolean wasRead(String name) {
    return datasetsRead.contains(name);
  }

  /** Whether the study has SUPP--, RELREC or CO datasets, which need the parent record keys. */
  public boolean needsParentKeys() {
    for (String name : datasetNames) {
      if (name.startsWith("SUPP") || name.equals("RELREC") || name.equals("CO")) {
        return true;
      }
    }
    return false;
  }

  public Set<String> dmUsubjids() {
    return Collections.unmodifiableSet(dmUsubjids);
  }

  public Set<String> dmStudyids() {
    return Collections.unmodifiableSet(dmStudyids);
  }

  /** Subjects with DM.DTHFL = Y. */
  public boolean isDeceased(String usubjid) {
    return deceasedUsubjids.contains(usubjid);
  }

  /** DM.RFSTDTC of the subject, if DM gives one. */
  public Optional<String> referenceStartDate(String usubjid) {
    return Optional.ofNullable(referenceStartDates.get(usubjid));
  }

  /**
   * The visits of SV as {@code USUBJID + '\0' + VISITNUM}, VISITNUM in the canonical numeric text
   * of {@link NumericText#canonical}: SV records each subject's own visits (SDTMIG 5.3).
   */
  public Set<String> subjectVisits() {
    return Collections.unmodifiableSet(visitNumbers);
  }

  public Set<String> armCodes() {
    return Collections.unmodifiableSet(armCodes);
  }

  public Set<String> epochs() {
    return Collections.unmodifiableSet(epochs);
  }

  /**
   * Whether a record of {@code dataset} for {@code usubjid} has {@code value} in {@code variable}
   * (SUPP--/RELREC/CO parent keys). Empty when the variable's keys were not gathered.
   */
  public Optional<Boolean> hasParentKey(
      String dataset, String variable, String usubjid, String value) {
    Set<String> keys = parentKeys.get(dataset + '\0' + variable.toUpperCase(Locale.ROOT));
    if (keys == null) {
      return Optional.empty();
    }
    return Optional.of(keys.contains(usubjid + '\0' + NumericText.canonical(value)));
  }

  /** Whether the dataset, once read, has a variable of this name (upper case). */
  public boolean hasVariable(String dataset, String variable) {
    return variablesByDataset.getOrDefault(dataset, Set.of()).contains(variable);
  }

  void addVariables(String dataset, Set<String> variables) {
    variablesByDataset.put(dataset, Set.copyOf(variables));
  }

  void markRead(String dataset) {
    datasetsRead.add(dataset);
  }

  void addDmSubject(String usubjid, String studyid, boolean deceased, String rfstdtc) {
    dmUsubjids.add(usubjid);
    if (!studyid.isEmpty()) {
      dmStudyids.add(studyid);
    }
    if (deceased) {
      deceasedUsubjids.add(usubjid);
    }
    if (!rfstdtc.isEmpty()) {
      referenceStartDates.put(usubjid, rfstdtc);
    }
  }

  void addSubjectVisit(String usubjid, String visitnum) {
    visitNumbers.add(usubjid + '\0' + NumericText.canonical(visitnum));
  }

  void addArm(String armcd, String epoch) {
    if (!armcd.isEmpty()) {
      armCodes.add(armcd);
    }
    if (!epoch.isEmpty()) {
      epochs.add(epoch);
    }
  }

  void addParentKey(String dataset, String variable, String usubjid, String value) {
    parentKeys
        .computeIfAbsent(dataset + '\0' + variable, k -> new HashSet<>())
        .add(usubjid + '\0' + NumericText.canonical(value));
  }

  void declareParentVariable(String dataset, String variable) {
    parentKeys.computeIfAbsent(dataset + '\0' + variable, k -> new HashSet<>());
  }
}
