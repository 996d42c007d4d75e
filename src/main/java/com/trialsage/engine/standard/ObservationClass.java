package com.trialsage.engine.standard;

/** The SDTM class of a domain, which decides the variables the model allows in it. */
public enum ObservationClass {
  SPECIAL,
  INTERVENTIONS,
  EVENTS,
  FINDINGS,
  FINDINGS_ABOUT,
  TRIAL_DESIGN,
  RELATIONSHIP;

  /** Whether the class is one of the general observation classes (SDTM section 2.2). */
  public boolean isGeneral() {
    return this == INTERVENTIONS || this == EVENTS || this == FINDINGS || this == FINDINGS_ABOUT;
  }
}
