package com.trialsage.engine.cli;

import com.trialsage.engine.model.DatasetStream;
import com.trialsage.engine.run.DatasetSource;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;

/** A dataset file on disk, opened through the readers. */
record FileDatasetSource(Path file, Charset encoding, DatasetOpener opener)
    implements DatasetSource {
  @Override
  public String sourceName() {
    return file.getFileName().toString();
  }

  @Override
  public DatasetStream open() throws IOException {
    return opener.open(file, encoding);
  }
}
