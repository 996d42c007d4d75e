package com.trialsage.sandbox;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Starts a program in a run folder under the isolation this machine offers, waits for it, and kills
 * its whole process tree when the timeout passes. The child's standard output and error go to files
 * in the run folder ({@code stdout.log}, {@code stderr.log}), bounded by the file-size limit like
 * everything else it writes.
 */
public final class Sandbox {
  /** The unprivileged user children run as when this process is root ("nobody"). */
  public static final int CHILD_UID = 65534;

  private static final Logger LOG = Logger.getLogger(Sandbox.class.getName());
  private static final int STDERR_TAIL_BYTES = 4096;
  private static final List<String> SYSTEM_FOLDERS =
      List.of("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc");

  private final Isolation isolation;
  private final SandboxLimits limits;

  public Sandbox(Isolation isolation, SandboxLimits limits) {
    this.isolation = Objects.requireNonNull(isolation, "isolation");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  public Isolation isolation() {
    return isolation;
  }

  /**
   * Runs {@code command} with {@code runFolder} as its working and only writable folder.
   *
   * @param readOnly files or folders outside the system folders the child must read (the engine
   *     jar, the JDK when it lives elsewhere)
   * @param environment the child's whole environment (nothing is inherited)
   */
  public Outcome run(
      Path runFolder, List<String> command, List<Path> readOnly, Map<String, String> environment)
      throws IOException, InterruptedException {
    Path folder = runFolder.toAbsolutePath();
    prepareFolder(folder);
    ProcessBuilder builder =
        new ProcessBuilder(wrap(folder, command, readOnly, environment))
            .directory(folder.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
            .redirectOutput(folder.resolve("stdout.log").toFile())
            .redirectError(folder.resolve("stderr.log").toFile());
    builder.environment().clear();
    builder.environment().putAll(environment);

    long start = System.nanoTime();
    Process process = builder.start();
    boolean finished;
    try {
      finished = process.waitFor(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      // Cancelled, or the caller's own timeout (MicroProfile @Timeout interrupts the thread): the
      // child must not outlive the decision.
      killTree(process, "its caller was interrupted");
      awaitExit(process);
      throw e;
    }
    if (!finished) {
      killTree(process, "it ran past its timeout");
    }
    int exitCode = awaitExit(process);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    return new Outcome(exitCode, !finished, elapsed, tail(folder.resolve("stderr.log")));
  }

  // bwrap first, as this (root) process: it must reach the run folder and the engine wherever
  // they are. Inside the new namespaces setpriv drops to "nobody", then prlimit sets the limits.
  List<String> wrap(
      Path folder, List<String> command, List<Path> readOnly, Map<String, String> environment) {
    List<String> argv = new ArrayList<>();
    isolation.bwrap().ifPresent(bwrap -> argv.addAll(bwrapArguments(bwrap, folder, readOnly)));
    if (isolation.switchesUser()) {
      argv.addAll(
          List.of(
              isolation.setpriv().orElseThrow().toString(),
              "--reuid=" + CHILD_UID,
              "--regid=" + CHILD_UID,
              "--clear-groups",
              "--no-new-privs",
              "--bounding-set=-all",
              "--inh-caps=-all",
              "--"));
    }
    isolation.prlimit().ifPresent(prlimit -> argv.addAll(prlimitArguments(prlimit)));
    argv.addAll(command);
    return argv;
  }

  private static List<String> bwrapArguments(Path bwrap, Path folder, List<Path> readOnly) {
    List<String> argv = new ArrayList<>(List.of(bwrap.toString()));
    for (String system : SYSTEM_FOLDERS) {
      Path path = Path.of(system);
      if (Files.isSymbolicLink(path)) {
        argv.addAll(List.of("--symlink", readLink(path), system));
      } else if (Files.isDirectory(path)) {
        argv.addAll(List.of("--ro-bind", system, system));
      }
    }
    // Mount order matters: a later mount under /tmp would be hidden by an earlier --tmpfs /tmp.
    argv.addAll(List.of("--dev", "/dev", "--proc", "/proc", "--tmpfs", "/tmp"));
    // bwrap makes missing parents of a mount point with mode 0700, which "nobody" cannot cross:
    // make them first, readable.
    java.util.Set<Path> made = new java.util.HashSet<>();
    for (Path path : readOnly) {
      Path absolute = path.toAbsolutePath();
      argv.addAll(parents(absolute, made));
      argv.addAll(List.of("--ro-bind", absolute.toString(), absolute.toString()));
    }
    argv.addAll(parents(folder, made));
    argv.addAll(List.of("--bind", folder.toString(), folder.toString()));
    argv.addAll(
        List.of(
            "--unshare-net",
            "--unshare-pid",
            "--unshare-ipc",
            "--unshare-uts",
            "--die-with-parent",
            "--new-session",
            "--chdir",
            folder.toString(),
            "--"));
    return argv;
  }

  private static List<String> parents(Path path, java.util.Set<Path> made) {
    List<String> argv = new ArrayList<>();
    List<Path> ancestors = new ArrayList<>();
    for (Path parent = path.getParent();
        parent != null && parent.getParent() != null;
        parent = parent.getParent()) {
      ancestors.add(0, parent);
    }
    for (Path ancestor : ancestors) {
      boolean system =
          SYSTEM_FOLDERS.stream().anyMatch(folder -> ancestor.startsWith(folder))
              || ancestor.equals(Path.of("/tmp"));
      if (!system && made.add(ancestor)) {
        argv.addAll(List.of("--perms", "0755", "--dir", ancestor.toString()));
      }
    }
    return argv;
  }

  private List<String> prlimitArguments(Path prlimit) {
    return List.of(
        prlimit.toString(),
        "--cpu=" + limits.cpuSeconds(),
        "--as=" + limits.addressSpaceBytes(),
        "--fsize=" + limits.fileSizeBytes(),
        "--nproc=" + limits.maxProcesses(),
        "--nofile=" + limits.openFiles(),
        "--core=0",
        "--");
  }

  private void prepareFolder(Path folder) throws IOException {
    Files.createDirectories(folder);
    if (isolation.switchesUser()) {
      // The child, as "nobody", must write its results here and nowhere else.
      Files.setAttribute(folder, "unix:uid", CHILD_UID);
      Files.setAttribute(folder, "unix:gid", CHILD_UID);
    }
  }

  // The child may have started its own children, even in their own session: kill them all.
  private static void killTree(Process process, String why) {
    LOG.warning("Killing child " + process.pid() + " and its process tree: " + why);
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  // Waits for a killed (or finishing) child even if this thread is interrupted again meanwhile.
  private static int awaitExit(Process process) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return process.waitFor();
        } catch (InterruptedException again) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static String tail(Path file) throws IOException {
    if (!Files.exists(file)) {
      return "";
    }
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long start = Math.max(0, in.length() - STDERR_TAIL_BYTES);
      byte[] bytes = new byte[(int) (in.length() - start)];
      in.seek(start);
      in.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static String readLink(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the system link " + link, e);
    }
  }

  private static java.io.File nullDevice() {
    return new java.io.File("/dev/null");
  }
}
