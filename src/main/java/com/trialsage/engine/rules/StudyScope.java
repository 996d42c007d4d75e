package com.trialsage.engine.rules;

import com.trialsage.engine.ct.ControlledTerminology;
import com.trialsage.engine.define.DefineDocument;
import com.trialsage.engine.standard.Standard;
import java.util.Objects;
import java.util.Optional;

/** What every rule may consult: the standard, the terminology, define.xml and the study facts. */
public final class StudyScope {
  private final Standard standard;
  private final ControlledTerminology terminology;
  private final Optional<DefineDocument> define;
  private final StudyFacts facts;

  public StudyScope(
      Standard standard,
      ControlledTerminology terminology,
      Optional<DefineDocument> define,
      StudyFacts facts) {
    this.standard = Objects.requireNonNull(standard, "standard");
    this.terminology = terminology;
    this.define = Objects.requireNonNull(define, "define");
    this.facts = Objects.requireNonNull(facts, "facts");
  }

  public Standard standard() {
    return standard;
  }

  /** The controlled terminology; empty when the run was given none (tests only). */
  public Optional<ControlledTerminology> terminology() {
    return Optional.ofNullable(terminology);
  }

  public Optional<DefineDocument> define() {
    return define;
  }

  public StudyFacts facts() {
    return facts;
  }
}
