package com.trialsage.engine.read;

import com.trialsage.engine.model.DatasetStream;
import com.trialsage.engine.model.InputFormatException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;

/** Opens a dataset file of any supported format, recognised by its content. */
public final class DatasetFiles {
  private DatasetFiles() {}

  /**
   * Opens {@code file} for streaming.
   *
   * @param charset the encoding of XPORT character data, or {@code null} to detect it per value
   *     (UTF-8 when valid, else Windows-1252)
   * @throws InputFormatException when the content is not a dataset format the engine reads
   */
  public static DatasetStream open(Path file, Charset charset) throws IOException {
    throw new InputFormatException(file.getFileName().toString(), 0, "no reader is installed yet");
  }
}
