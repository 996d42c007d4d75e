package com.trialsage.storage;

import com.trialsage.tenancy.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * Objects in an S3 bucket under {@code <tenant>/<xx>/<uuid>}. S3 has no rename, so staging writes
 * the object under its final key: it is visible to TrialSage only once a row refers to it, and an
 * object without a row is an orphan like any other. Every request carries {@code
 * x-amz-checksum-sha256} of its bytes, which S3 checks before it stores them, and the checksum S3
 * answers with is compared too. Bodies up to the part size go in one PUT, larger ones in parts of
 * that size, so memory stays at one part whatever the file's size.
 */
public class S3ObjectStore implements ObjectStore, AutoCloseable {
  private static final Duration USAGE_CACHE = Duration.ofMinutes(1);

  private final S3Client s3;
  private final String bucket;
  private final int partSizeBytes;
  private final long capacityBytes;
  private volatile StorageCapacity cachedUsage;
  private volatile Instant usageReadAt = Instant.EPOCH;

  public S3ObjectStore(S3Client s3, String bucket, int partSizeBytes, long capacityBytes) {
    this.s3 = Objects.requireNonNull(s3, "s3");
    this.bucket = Objects.requireNonNull(bucket, "bucket");
    if (partSizeBytes < 5 * 1024 * 1024) {
      throw new IllegalArgumentException("S3 parts are at least 5 MiB, not " + partSizeBytes);
    }
    this.partSizeBytes = partSizeBytes;
    this.capacityBytes = capacityBytes;
  }

  @Override
  public StagedObject stage(TenantId tenant, InputStream content) throws IOException {
    String key = ObjectKeys.newKey(tenant);
    MessageDigest whole = sha256();
    byte[] part = new byte[partSizeBytes];
    int first = content.readNBytes(part, 0, part.length);
    whole.update(part, 0, first);
    try {
      long size;
      if (first < part.length) {
        putSingle(key, part, first);
        size = first;
      } else {
        size = putMultipart(key, content, part, first, whole);
      }
      cachedUsage = null;
      return new StagedObject(key, key, size, HexFormat.of().formatHex(whole.digest()));
    } catch (IOException | RuntimeException e) {
      deleteQuietly(key);
      throw e;
    }
  }

  private void putSingle(String key, byte[] bytes, int length) throws IOException {
    String checksum = sha256Base64(bytes, length);
    PutObjectResponse response =
        call(
            () ->
                s3.putObject(
                    b -> b.bucket(bucket).key(key).checksumSHA256(checksum),
                    RequestBody.fromBytes(copy(bytes, length))));
    requireSameChecksum(key, checksum, response.checksumSHA256());
  }

  private long putMultipart(
      String key, InputStream content, byte[] part, int first, MessageDigest whole)
      throws IOException {
    String uploadId =
        call(() ->
                s3.createMultipartUpload(
                    b -> b.bucket(bucket).key(key).checksumAlgorithm(ChecksumAlgorithm.SHA256)))
            .uploadId();
    try {
      List<CompletedPart> parts = new ArrayList<>();
      long size = 0;
      int length = first;
      while (length > 0) {
        parts.add(uploadPart(key, uploadId, parts.size() + 1, part, length));
        size += length;
        length = content.readNBytes(part, 0, part.length);
        whole.update(part, 0, Math.max(length, 0));
      }
      call(
          () ->
              s3.completeMultipartUpload(
                  b ->
                      b.bucket(bucket)
                          .key(key)
                          .uploadId(uploadId)
                          .multipartUpload(
                              CompletedMultipartUpload.builder().parts(parts).build())));
      return size;
    } catch (IOException | RuntimeException e) {
      try {
        s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
      } catch (SdkException ignored) {
        // The bucket's lifecycle rule for incomplete uploads removes it.
      }
      throw e;
    }
  }

  private CompletedPart uploadPart(String key, String uploadId, int number, byte[] part, int length)
      throws IOException {
    String checksum = sha256Base64(part, length);
    UploadPartResponse response =
        call(
            () ->
                s3.uploadPart(
                    b ->
                        b.bucket(bucket)
                            .key(key)
                            .uploadId(uploadId)
                            .partNumber(number)
                            .checksumSHA256(checksum),
                    RequestBody.fromBytes(copy(part, length))));
    requireSameChecksum(key, checksum, response.checksumSHA256());
    return CompletedPart.builder()
        .partNumber(number)
        .eTag(response.eTag())
        .checksumSHA256(checksum)
        .build();
  }

  // A store that answers with another checksum stored other bytes; one that answers with none
  // (some S3-compatible servers) has still been sent ours to check.
  private static void requireSameChecksum(String key, String sent, String answered)
      throws IOException {
    if (answered != null && !answered.equals(sent)) {
      throw new IOException("S3 stored other bytes for " + key + " than were sent");
    }
  }

  private static byte[] copy(byte[] bytes, int length) {
    return length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length);
  }

  @Override
  public void publish(StagedObject staged) {
    // Already under its key: the row that refers to it is what makes it visible.
  }

  @Override
  public void discard(StagedObject staged) {
    deleteQuietly(staged.key());
  }

  @Override
  public void deleteStaged(String stagingName) throws IOException {
    delete(stagingName);
  }

  @Override
  public InputStream open(String key) throws IOException {
    ObjectKeys.checked(key);
    try {
      return s3.getObject(b -> b.bucket(bucket).key(key));
    } catch (NoSuchKeyException e) {
      throw new java.nio.file.NoSuchFileException(key);
    } catch (SdkException e) {
      throw new IOException("S3 read of " + key + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean delete(String key) throws IOException {
    ObjectKeys.checked(key);
    boolean existed = exists(key);
    call(() -> s3.deleteObject(b -> b.bucket(bucket).key(key)));
    cachedUsage = null;
    return existed;
  }

  private boolean exists(String key) throws IOException {
    try {
      s3.headObject(b -> b.bucket(bucket).key(key));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw new IOException("S3 request failed: " + e.getMessage(), e);
    }
  }

  private void deleteQuietly(String key) {
    try {
      s3.deleteObject(b -> b.bucket(bucket).key(key));
    } catch (SdkException e) {
      // The orphan scan removes it later.
    }
  }

  @Override
  public List<StoredEntry> list() throws IOException {
    List<StoredEntry> entries = new ArrayList<>();
    for (S3Object object : objects()) {
      if (ObjectKeys.isKey(object.key())) {
        entries.add(new StoredEntry(object.key(), false, object.lastModified()));
      }
    }
    return entries;
  }

  private List<S3Object> objects() throws IOException {
    List<S3Object> objects = new ArrayList<>();
    call(() -> s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents()).forEach(objects::add);
    return objects;
  }

  /**
   * Used: the bytes of every object, listed again after this instance wrote or deleted one and at
   * most once a minute otherwise; capacity: as configured.
   */
  @Override
  public StorageCapacity capacity() throws IOException {
    Instant now = Instant.now();
    if (cachedUsage == null || usageReadAt.plus(USAGE_CACHE).isBefore(now)) {
      long used = objects().stream().mapToLong(S3Object::size).sum();
      cachedUsage = new StorageCapacity(used, capacityBytes);
      usageReadAt = now;
    }
    return cachedUsage;
  }

  @Override
  public String backend() {
    return "s3";
  }

  @Override
  public void close() {
    s3.close();
  }

  private interface S3Call<T> {
    T run();
  }

  private static <T> T call(S3Call<T> request) throws IOException {
    try {
      return request.run();
    } catch (SdkException e) {
      throw new IOException("S3 request failed: " + e.getMessage(), e);
    }
  }

  private static String sha256Base64(byte[] bytes, int length) {
    MessageDigest digest = sha256();
    digest.update(bytes, 0, length);
    return Base64.getEncoder().encodeToString(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
