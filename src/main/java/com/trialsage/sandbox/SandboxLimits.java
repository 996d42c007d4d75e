package com.trialsage.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * What a sandboxed child may use.
 *
 * @param timeout wall-clock time before the whole process tree is killed
 * @param cpuSeconds CPU time (RLIMIT_CPU)
 * @param addressSpaceBytes virtual memory (RLIMIT_AS); a JVM needs about 1 GB with small heap
 * @param fileSizeBytes largest file the child may write (RLIMIT_FSIZE), its output included
 * @param maxProcesses processes and threads of the sandbox user (RLIMIT_NPROC, counted per user)
 * @param openFiles open file descriptors (RLIMIT_NOFILE)
 */
public record SandboxLimits(
    Duration timeout,
    long cpuSeconds,
    long addressSpaceBytes,
    long fileSizeBytes,
    int maxProcesses,
    int openFiles) {

  public SandboxLimits {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    requirePositive(cpuSeconds, "cpuSeconds");
    requirePositive(addressSpaceBytes, "addressSpaceBytes");
    requirePositive(fileSizeBytes, "fileSizeBytes");
    requirePositive(maxProcesses, "maxProcesses");
    requirePositive(openFiles, "openFiles");
  }

  /** Limits for one validation run: 300 s, 3 GB address space, 2 GiB files. */
  public static SandboxLimits defaults() {
    return new SandboxLimits(Duration.ofSeconds(300), 300, 3L << 30, 2L << 30, 1024, 512);
  }

  public SandboxLimits withTimeout(Duration newTimeout) {
    return new SandboxLimits(
        newTimeout, cpuSeconds, addressSpaceBytes, fileSizeBytes, maxProcesses, openFiles);
  }

  public SandboxLimits withFileSizeBytes(long bytes) {
    return new SandboxLimits(
        timeout, cpuSeconds, addressSpaceBytes, bytes, maxProcesses, openFiles);
  }

  private static void requirePositive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }
}
