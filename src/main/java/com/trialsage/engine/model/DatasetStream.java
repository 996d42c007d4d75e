package com.trialsage.engine.model;

import java.io.Closeable;
import java.io.IOException;

/**
 * A file of one or more datasets (an XPORT file may hold several members), read forward once.
 *
 * <pre>{@code
 * try (DatasetStream in = ...) {
 *   while (in.nextDataset()) {
 *     DatasetMetadata meta = in.metadata();
 *     for (Record r = in.nextRecord(); r != null; r = in.nextRecord()) { ... }
 *   }
 * }
 * }</pre>
 */
public interface DatasetStream extends Closeable {

  /**
   * Moves to the next dataset in the file, skipping any records of the current one not yet read.
   *
   * @return false when the file holds no further dataset
   * @throws InputFormatException when the file is malformed
   */
  boolean nextDataset() throws IOException;

  /** The metadata of the current dataset; only after {@link #nextDataset()} returned true. */
  DatasetMetadata metadata();

  /**
   * The next record of the current dataset, or {@code null} at its end. The returned object may be
   * reused by the following call.
   *
   * @throws InputFormatException when the file is malformed
   */
  Record nextRecord() throws IOException;
}
