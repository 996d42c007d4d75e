package com.trialsage.engine.cli;

import com.trialsage.engine.model.DatasetStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;

/** Opens a dataset file; production uses {@code DatasetFiles::open}. */
@FunctionalInterface
interface DatasetOpener {
  DatasetStream open(Path file, Charset encoding) throws IOException;
}
