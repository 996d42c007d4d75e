package com.trialsage.storage;

import com.trialsage.tenancy.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Where uploaded bytes live. Writing is two-phase: {@link #stage} writes the stream durably under a
 * hidden temporary name while hashing it, {@link #publish} makes it visible under its key
 * atomically, {@link #discard} throws a staged object away. A staged or published object that no
 * database row refers to is an orphan, found by {@link #list} and removed after a grace period.
 */
public interface ObjectStore {

  /**
   * Writes {@code content} to a new temporary object of {@code tenant}, computing its SHA-256 and
   * size on the way. The stream's exceptions propagate after the temporary object was removed.
   */
  StagedObject stage(TenantId tenant, InputStream content) throws IOException;

  /** Makes a staged object visible under its key; durable when this returns. */
  void publish(StagedObject staged) throws IOException;

  /** Removes a staged object; never fails because it is already gone. */
  void discard(StagedObject staged);

  /** Reads a published object. */
  InputStream open(String key) throws IOException;

  /** Deletes a published object; returns false if it did not exist. */
  boolean delete(String key) throws IOException;

  /** Deletes a staged object by the name {@link #list} reported for it. */
  void deleteStaged(String stagingName) throws IOException;

  /** Every object, staged or published, for orphan scans. */
  List<StoredEntry> list() throws IOException;

  /** Bytes used and available where objects are stored. */
  StorageCapacity capacity() throws IOException;

  /** As {@link #capacity()}, with an unknown capacity (0 of 0) when it cannot be read now. */
  default StorageCapacity capacityOrUnknown() {
    try {
      return capacity();
    } catch (IOException e) {
      return new StorageCapacity(0, 0);
    }
  }

  /** The backend's name for logs and health: {@code filesystem} or {@code s3}. */
  String backend();
}
