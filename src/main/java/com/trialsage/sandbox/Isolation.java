package com.trialsage.sandbox;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How strongly this machine can isolate a child: which of {@code setpriv} (switch to an
 * unprivileged user, which needs root), {@code bwrap} (namespaces and a read-only file system) and
 * {@code prlimit} (resource limits) are usable. What is missing is named in {@link #weaknesses()}
 * for the log and the readiness check.
 */
public record Isolation(
    Optional<Path> setpriv, Optional<Path> bwrap, Optional<Path> prlimit, boolean root) {

  /** Looks for the tools on the {@code PATH} and checks whether this process runs as root. */
  public static Isolation detect() {
    return new Isolation(onPath("setpriv"), onPath("bwrap"), onPath("prlimit"), runsAsRoot());
  }

  /** No isolation at all: for tests of the process handling alone. */
  public static Isolation none() {
    return new Isolation(Optional.empty(), Optional.empty(), Optional.empty(), false);
  }

  /** Whether the child runs as another, unprivileged user. */
  public boolean switchesUser() {
    return root && setpriv.isPresent();
  }

  public boolean full() {
    return weaknesses().isEmpty();
  }

  /** What the sandbox cannot do here, in words for an operator; empty when nothing is missing. */
  public List<String> weaknesses() {
    List<String> missing = new ArrayList<>();
    if (!root) {
      missing.add("not running as root: the engine runs as this service's own user");
    } else if (setpriv.isEmpty()) {
      missing.add("setpriv (util-linux) not found: the engine runs as root");
    }
    if (bwrap.isEmpty()) {
      missing.add(
          "bwrap (bubblewrap) not found: the engine shares the network and sees the file system");
    }
    if (prlimit.isEmpty()) {
      missing.add("prlimit (util-linux) not found: no CPU, memory, file-size or process limits");
    }
    return List.copyOf(missing);
  }

  private static Optional<Path> onPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String folder : path.split(File.pathSeparator)) {
      Path candidate = Path.of(folder, tool);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static boolean runsAsRoot() {
    return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
  }
}
