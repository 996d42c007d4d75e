package com.trialsage.engine.model;

import java.util.Objects;

/**
 * One variable (column) of a dataset as the file declares it.
 *
 * @param name the variable name as written in the file (XPORT: at most 8 characters)
 * @param label the label, empty when the file has none
 * @param type character or numeric
 * @param length the declared length in bytes; 0 when the format does not declare one
 * @param position the zero-based column index within the dataset
 */
public record Variable(String name, String label, VariableType type, int length, int position) {
  public Variable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    if (length < 0) {
      throw new IllegalArgumentException("length must be >= 0, was " + length);
    }
    if (position < 0) {
      throw new IllegalArgumentException("position must be >= 0, was " + position);
    }
  }
}
