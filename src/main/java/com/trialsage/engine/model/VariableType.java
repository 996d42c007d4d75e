package com.trialsage.engine.model;

/** The two storage types of SAS XPORT and Dataset-JSON variables, as Define-XML sees them. */
public enum VariableType {
  /** Character data. */
  CHAR,
  /** Numeric data (an IEEE double once read; XPORT stores IBM/370 floating point). */
  NUM
}
