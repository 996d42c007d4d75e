package com.trialsage.engine.read;

import com.trialsage.engine.model.DatasetStream;
import com.trialsage.engine.model.Record;
import com.trialsage.engine.model.VariableType;
import java.io.IOException;

/** Reads every value of every record of every dataset, the way the fuzz tests exercise readers. */
public final class ReadEverything {
  private ReadEverything() {}

  public static long of(DatasetStream in) throws IOException {
    long values = 0;
    try (in) {
      while (in.nextDataset()) {
        var variables = in.metadata().variables();
        for (Record r = in.nextRecord(); r != null; r = in.nextRecord()) {
          for (int column = 0; column < variables.size(); column++) {
            values +=
                r.text(column).length() + (r.isMissing(column) ? 1 : 0) + r.missingCode(column);
            if (variables.get(column).type() == VariableType.NUM) {
              values += Double.isNaN(r.number(column)) ? 0 : 1;
            }
          }
        }
      }
    }
    return values;
  }
}
