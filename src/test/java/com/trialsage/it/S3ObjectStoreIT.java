package com.trialsage.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trialsage.storage.S3ObjectStore;
import com.trialsage.storage.StagedObject;
import com.trialsage.storage.StoredEntry;
import com.trialsage.tenancy.TenantId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 backend against a real S3 server (s3proxy on loopback, started by the harness): single and
 * multipart writes with x-amz-checksum-sha256, reads, listing, deletion and failure clean-up.
 */
@ExtendWith(TestEnvironment.class)
@ExtendWith(S3ProxyServer.class)
class S3ObjectStoreIT {
  private static final TenantId ACME = new TenantId("acme");
  private static final int PART_BYTES = 5 * 1024 * 1024;

  private S3Client client;
  private String bucket;
  private S3ObjectStore store;

  @BeforeEach
  void bucket() {
    client = S3ProxyServer.client();
    bucket = "uploads-" + UUID.randomUUID().toString().substring(0, 8);
    client.createBucket(b -> b.bucket(bucket));
    store = new S3ObjectStore(client, bucket, PART_BYTES, 1L << 40);
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void storesASmallObjectInOnePutWithItsSha256() throws Exception {
    byte[] content = random(1000);

    StagedObject staged = store.stage(ACME, new ByteArrayInputStream(content));
    store.publish(staged);

    assertThat(staged.sizeBytes()).isEqualTo(1000);
    assertThat(staged.sha256()).isEqualTo(sha256Hex(content));
    assertThat(staged.key()).startsWith("acme/");
    try (InputStream in = store.open(staged.key())) {
      assertThat(in.readAllBytes()).isEqualTo(content);
    }
  }

  @Test
  void storesALargeObjectInParts() throws Exception {
    byte[] content = random(2 * PART_BYTES + 12345);

    StagedObject staged = store.stage(ACME, new ByteArrayInputStream(content));

    assertThat(staged.sizeBytes()).isEqualTo(content.length);
    assertThat(staged.sha256()).isEqualTo(sha256Hex(content));
    try (InputStream in = store.open(staged.key())) {
      assertThat(in.readAllBytes()).isEqualTo(content);
    }
  }

  @Test
  void theServerRefusesBytesThatDoNotMatchTheirChecksum() {
    byte[] content = random(100);
    String otherChecksum = Base64.getEncoder().encodeToString(new byte[32]);

    assertThatThrownBy(
            () ->
                client.putObject(
                    b -> b.bucket(bucket).key("acme/00/x").checksumSHA256(otherChecksum),
                    RequestBody.fromBytes(content)))
        .hasMessageContaining("400");
  }

  @Test
  void listsWhatItStoredAndDeletesIt() throws Exception {
    StagedObject staged = store.stage(ACME, new ByteArrayInputStream(random(10)));

    assertThat(store.list()).extracting(StoredEntry::name).containsExactly(staged.key());
    assertThat(store.delete(staged.key())).isTrue();
    assertThat(store.list()).isEmpty();
    assertThat(store.delete(staged.key())).isFalse();
  }

  @Test
  void discardLeavesNothing() throws Exception {
    StagedObject staged = store.stage(ACME, new ByteArrayInputStream(random(10)));

    store.discard(staged);

    assertThat(store.list()).isEmpty();
  }

  @Test
  void aStreamFailingAfterTheFirstPartLeavesNothing() {
    InputStream failing =
        new SequenceInputStream(
            new ByteArrayInputStream(random(PART_BYTES + 10)),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("client went away");
              }
            });

    assertThatThrownBy(() -> store.stage(ACME, failing)).hasMessageContaining("client went away");
    assertThat(listQuietly()).isEmpty();
  }

  @Test
  void reportsUsedBytesAndTheConfiguredCapacity() throws Exception {
    store.stage(ACME, new ByteArrayInputStream(random(4096)));

    assertThat(store.capacity().usedBytes()).isEqualTo(4096);
    assertThat(store.capacity().capacityBytes()).isEqualTo(1L << 40);
  }

  private java.util.List<StoredEntry> listQuietly() {
    try {
      return store.list();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  private static String sha256Hex(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
