package com.trialsage.engine.model;

/**
 * One record (row) of a dataset, as a view that a reader may reuse for the next record: a rule that
 * keeps a value past the current record must copy it (strings are immutable, so keeping a returned
 * {@code String} is safe).
 *
 * <p>Columns are addressed by {@link Variable#position()}. Values are decoded on access, so a rule
 * pays only for the columns it reads.
 */
public interface Record {

  /** The 1-based record number within its dataset. */
  long number();

  /**
   * Whether the value is missing: a numeric missing value (any of the 28 SAS codes, or JSON {@code
   * null}), or a character value that is empty or all blanks, or JSON {@code null}.
   */
  boolean isMissing(int column);

  /**
   * The value as text. Character values lose trailing blanks (XPORT pads them) and are {@code ""}
   * when empty; numeric values are written in the shortest form that reads back to the same double
   * ({@code 1}, {@code 2.5}, {@code -0.001}), and {@code ""} when missing.
   */
  String text(int column);

  /**
   * The numeric value; {@link Double#NaN} when missing. Only for {@link VariableType#NUM} columns.
   *
   * @throws IllegalStateException when the column is a character column
   */
  double number(int column);

  /**
   * The SAS missing-value code of a missing numeric value: {@code '.'} for the ordinary missing
   * value, {@code '_'} for {@code ._}, {@code 'A'}–{@code 'Z'} for {@code .A}–{@code .Z}; {@code 0}
   * when the value is present or the column is a character column. Dataset-JSON {@code null} reads
   * as {@code '.'}.
   */
  char missingCode(int column);
}
