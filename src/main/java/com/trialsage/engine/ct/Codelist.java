package com.trialsage.engine.ct;

import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One CDISC codelist: its NCI code, name, submission value, whether sponsors may extend it, and its
 * terms' submission values and synonyms.
 */
public final class Codelist {
  private final String code;
  private final String name;
  private final String submissionValue;
  private final boolean extensible;
  private final Set<String> submissionValues = new HashSet<>();
  private final Set<String> synonyms = new HashSet<>();

  Codelist(String code, String name, String submissionValue, boolean extensible) {
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
    this.submissionValue = Objects.requireNonNull(submissionValue, "submissionValue");
    this.extensible = extensible;
  }

  void addTerm(String termSubmissionValue, String termSynonyms) {
    submissionValues.add(termSubmissionValue);
    if (!termSynonyms.isEmpty()) {
      for (String synonym : termSynonyms.split(";")) {
        synonyms.add(synonym.trim());
      }
    }
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  /** The codelist's short name, e.g. {@code NY}. */
  public String submissionValue() {
    return submissionValue;
  }

  /** Whether sponsors may add terms ({@code Codelist Extensible (Yes/No)} is Yes). */
  public boolean isExtensible() {
    return extensible;
  }

  /** Whether the value is a submission value of the codelist (case-sensitive, as CDISC CT is). */
  public boolean contains(String value) {
    return submissionValues.contains(value);
  }

  /** Whether the value is a synonym of one of the codelist's terms. */
  public boolean hasSynonym(String value) {
    return synonyms.contains(value);
  }

  public Set<String> submissionValues() {
    return Collections.unmodifiableSet(submissionValues);
  }
}
