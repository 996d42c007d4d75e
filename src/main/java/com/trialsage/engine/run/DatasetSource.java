package com.trialsage.engine.run;

import com.trialsage.engine.model.DatasetStream;
import java.io.IOException;

/** Something that can be opened, possibly several times, as a stream of datasets. */
public interface DatasetSource {

  /** The file name (or other label) to name in the summary and in error messages. */
  String sourceName();

  DatasetStream open() throws IOException;
}
