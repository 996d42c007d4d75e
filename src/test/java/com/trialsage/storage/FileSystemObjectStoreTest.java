package com.trialsage.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trialsage.tenancy.TenantId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemObjectStoreTest {
  private static final TenantId ACME = new TenantId("acme");
  private static final byte[] CONTENT = "hello, trial".getBytes(StandardCharsets.UTF_8);

  @TempDir Path root;

  private FileSystemObjectStore store() {
    return new FileSystemObjectStore(root);
  }

  @Test
  void stagesUnderAHiddenNameWithSizeAndSha256() throws Exception {
    StagedObject staged = store().stage(ACME, new ByteArrayInputStream(CONTENT));

    assertThat(staged.sizeBytes()).isEqualTo(CONTENT.length);
    assertThat(staged.sha256())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(CONTENT)));
    assertThat(store().list()).singleElement().satisfies(e -> assertThat(e.staged()).isTrue());
    assertThat(Files.exists(store().resolve(staged.key()))).isFalse();
  }

  @Test
  void publishesUnderTheTenantsFolder() throws IOException {
    FileSystemObjectStore store = store();
    StagedObject staged = store.stage(ACME, new ByteArrayInputStream(CONTENT));

    store.publish(staged);

    assertThat(store.resolve(staged.key()))
        .startsWith(root.resolve("acme"))
        .hasBinaryContent(CONTENT);
    try (InputStream in = store.open(staged.key())) {
      assertThat(in.readAllBytes()).isEqualTo(CONTENT);
    }
    assertThat(store.list()).singleElement().satisfies(e -> assertThat(e.staged()).isFalse());
  }

  @Test
  void discardLeavesNothing() throws IOException {
    FileSystemObjectStore store = store();
    StagedObject staged = store.stage(ACME, new ByteArrayInputStream(CONTENT));

    store.discard(staged);

    assertThat(store.list()).isEmpty();
  }

  @Test
  void aFailingStreamLeavesNothing() {
    FileSystemObjectStore store = store();
    InputStream failing =
        new InputStream() {
          private int left = 3;

          @Override
          public int read() throws IOException {
            if (left-- <= 0) {
              throw new IOException("client went away");
            }
            return 'x';
          }
        };

    assertThatThrownBy(() -> store.stage(ACME, failing)).hasMessage("client went away");
    assertThat(assertDoesNotThrowList(store)).isEmpty();
  }

  @Test
  void deletesAPublishedObject() throws IOException {
    FileSystemObjectStore store = store();
    StagedObject staged = store.stage(ACME, new ByteArrayInputStream(CONTENT));
    store.publish(staged);

    assertThat(store.delete(staged.key())).isTrue();
    assertThat(store.delete(staged.key())).isFalse();
    assertThat(store.list()).isEmpty();
  }

  @Test
  void refusesAKeyItDidNotMake() {
    assertThatThrownBy(() -> store().resolve("acme/../../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reportsCapacityOfTheFileSystem() throws IOException {
    StorageCapacity capacity = store().capacity();

    assertThat(capacity.capacityBytes()).isPositive();
    assertThat(capacity.usedPercent()).isBetween(0.0, 100.0);
  }

  @Test
  void isDegradedFromTheThresholdOn() {
    assertThat(new StorageCapacity(80, 100).isDegraded(80)).isTrue();
    assertThat(new StorageCapacity(79, 100).isDegraded(80)).isFalse();
    assertThat(new StorageCapacity(79, 0).isDegraded(80)).isFalse();
  }

  private static java.util.List<StoredEntry> assertDoesNotThrowList(FileSystemObjectStore store) {
    try {
      return store.list();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
