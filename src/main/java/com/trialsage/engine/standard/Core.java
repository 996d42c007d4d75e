package com.trialsage.engine.standard;

/** The SDTMIG "Core" attribute of a variable (SDTMIG 4.1.5). */
public enum Core {
  /** Required: must be present and never null. */
  REQ,
  /** Expected: must be present, may be null. */
  EXP,
  /** Permissible: may be left out. */
  PERM;

  static Core parse(String text) {
    return switch (text) {
      case "Req" -> REQ;
      case "Exp" -> EXP;
      case "Perm" -> PERM;
      default -> throw new IllegalArgumentException("core must be Req, Exp or Perm, was " + text);
    };
  }
}
