package com.trialsage.storage;

import com.trialsage.tenancy.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Objects as files under {@code <root>/<tenant>/<xx>/<uuid>}. A write goes to {@code .tmp-<uuid>}
 * in the same folder, is fsynced, renamed atomically and the folder fsynced, so a crash leaves
 * either the whole object or a temporary file the orphan scan removes, never a partial object.
 */
public class FileSystemObjectStore implements ObjectStore {
  static final String STAGING_PREFIX = ".tmp-";
  private static final int BUFFER_BYTES = 1024 * 1024;

  private final Path root;

  public FileSystemObjectStore(Path root) {
    this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  @Override
  public StagedObject stage(TenantId tenant, InputStream content) throws IOException {
    String key = ObjectKeys.newKey(tenant);
    Path target = resolve(key);
    Files.createDirectories(target.getParent());
    Path temp = target.resolveSibling(STAGING_PREFIX + target.getFileName());
    String stagingName = root.relativize(temp).toString();
    try (FileChannel channel =
        FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      MessageDigest sha256 = sha256();
      long size = copy(content, channel, sha256);
      channel.force(true);
      return new StagedObject(key, stagingName, size, HexFormat.of().formatHex(sha256.digest()));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  private static long copy(InputStream content, FileChannel channel, MessageDigest sha256)
      throws IOException {
    byte[] buffer = new byte[BUFFER_BYTES];
    long size = 0;
    int read;
    while ((read = content.readNBytes(buffer, 0, buffer.length)) > 0) {
      sha256.update(buffer, 0, read);
      ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
      while (chunk.hasRemaining()) {
        channel.write(chunk);
      }
      size += read;
    }
    return size;
  }

  @Override
  public void publish(StagedObject staged) throws IOException {
    Path target = resolve(staged.key());
    Path temp = root.resolve(staged.stagingName()).normalize();
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    fsyncDirectory(target.getParent());
  }

  @Override
  public void discard(StagedObject staged) {
    try {
      Files.deleteIfExists(root.resolve(staged.stagingName()).normalize());
    } catch (IOException e) {
      // The orphan scan removes it later; the caller is already handling a failure.
    }
  }

  @Override
  public InputStream open(String key) throws IOException {
    return Files.newInputStream(resolve(key));
  }

  @Override
  public boolean delete(String key) throws IOException {
    Path file = resolve(key);
    boolean deleted = Files.deleteIfExists(file);
    if (deleted) {
      fsyncDirectory(file.getParent());
    }
    return deleted;
  }

  @Override
  public List<StoredEntry> list() throws IOException {
    List<StoredEntry> entries = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return entries;
    }
    try (Stream<Path> files = Files.walk(root, 3)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        entryFor(file).ifPresent(entries::add);
      }
    }
    return entries;
  }

  private java.util.Optional<StoredEntry> entryFor(Path file) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return java.util.Optional.empty();
    }
    if (!attributes.isRegularFile()) {
      return java.util.Optional.empty();
    }
    String name = root.relativize(file).toString();
    boolean staged = file.getFileName().toString().startsWith(STAGING_PREFIX);
    if (!staged && !ObjectKeys.isKey(name)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new StoredEntry(name, staged, attributes.lastModifiedTime().toInstant()));
  }

  @Override
  public void deleteStaged(String stagingName) throws IOException {
    Path file = root.resolve(stagingName).normalize();
    if (!file.startsWith(root) || !file.getFileName().toString().startsWith(STAGING_PREFIX)) {
      throw new IllegalArgumentException("not a staging name: " + stagingName);
    }
    Files.deleteIfExists(file);
  }

  @Override
  public StorageCapacity capacity() throws IOException {
    Files.createDirectories(root);
    FileStore store = Files.getFileStore(root);
    long total = store.getTotalSpace();
    return new StorageCapacity(total - store.getUsableSpace(), total);
  }

  @Override
  public String backend() {
    return "filesystem";
  }

  /** The file of a key; public so operators and tests can find an object on disk. */
  public Path resolve(String key) {
    return root.resolve(ObjectKeys.checked(key)).normalize();
  }

  private static void fsyncDirectory(Path directory) throws IOException {
    // A rename is durable only once the folder's entry is on disk (POSIX; Linux honours this).
    try (FileChannel folder = FileChannel.open(directory, StandardOpenOption.READ)) {
      folder.force(true);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
