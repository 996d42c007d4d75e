package com.trialsage.engine.define;

import java.util.Objects;

/**
 * A variable as define.xml describes it (an ItemRef resolved to its ItemDef).
 *
 * @param name the variable name
 * @param dataType the Define-XML DataType: text, integer, float, date, datetime…
 * @param length the Length attribute, 0 when absent
 * @param label the label (Define-XML 2: Description/TranslatedText; 1.0: def:Label)
 */
public record DefineVariable(String name, String dataType, int length, String label) {
  public DefineVariable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dataType, "dataType");
    Objects.requireNonNull(label, "label");
  }

  /**
   * Whether SAS stores the variable as numeric: Define-XML types integer and float are numeric;
   * text and the ISO 8601 types (date, datetime, time, durationDatetime…) are character.
   */
  public boolean isNumeric() {
    return dataType.equals("integer") || dataType.equals("float") || dataType.equals("double");
  }
}
