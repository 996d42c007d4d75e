package com.trialsage.engine.cli;

import com.trialsage.engine.standard.SdtmigVersion;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The options of {@code validate}, parsed and checked.
 *
 * @param encoding the XPORT character encoding, or null to detect it
 */
record ValidateOptions(
    SdtmigVersion version,
    Path ct,
    Optional<Path> define,
    Charset encoding,
    long maxFindingsPerRule,
    Path out,
    List<Path> inputs) {
  static final long DEFAULT_MAX_FINDINGS_PER_RULE = 1000;

  static ValidateOptions parse(List<String> args) throws UsageException {
    Builder b = new Builder();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        b.inputs.add(Path.of(arg));
        continue;
      }
      String name = arg;
      String value;
      int eq = arg.indexOf('=');
      if (eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      } else {
        if (i + 1 >= args.size()) {
          throw new UsageException(arg + " needs a value");
        }
        value = args.get(++i);
      }
      b.set(name, value);
    }
    return b.build();
  }

  private static final class Builder {
    private String standard;
    private SdtmigVersion version;
    private Path ct;
    private Path define;
    private Charset encoding;
    private long maxFindings = DEFAULT_MAX_FINDINGS_PER_RULE;
    private Path out;
    private final List<Path> inputs = new ArrayList<>();

    void set(String name, String value) throws UsageException {
      switch (name) {
        case "--standard" -> standard = value;
        case "--version" -> version = versionOf(value);
        case "--ct" -> ct = Path.of(value);
        case "--define" -> define = Path.of(value);
        case "--encoding" -> encoding = encodingOf(value);
        case "--max-findings-per-rule" -> maxFindings = countOf(value);
        case "--out" -> out = Path.of(value);
        default -> throw new UsageException("unknown option " + name);
      }
    }

    ValidateOptions build() throws UsageException {
      if (standard == null || !standard.equalsIgnoreCase("sdtmig")) {
        throw new UsageException(
            standard == null ? "--standard is required (sdtmig)" : "unknown standard " + standard);
      }
      require(version, "--version is required (3.2, 3.3 or 3.4)");
      require(ct, "--ct is required (the NCI EVS terminology file)");
      require(out, "--out is required (the results folder)");
      if (inputs.isEmpty()) {
        throw new UsageException("no dataset files or folders given");
      }
      return new ValidateOptions(
          version, ct, Optional.ofNullable(define), encoding, maxFindings, out, inputs);
    }

    private static void require(Object value, String message) throws UsageException {
      if (value == null) {
        throw new UsageException(message);
      }
    }

    private static SdtmigVersion versionOf(String value) throws UsageException {
      try {
        return SdtmigVersion.parse(value);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }

    private static Charset encodingOf(String value) throws UsageException {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "utf-8", "utf8" -> StandardCharsets.UTF_8;
        case "latin1", "iso-8859-1" -> StandardCharsets.ISO_8859_1;
        case "cp1252", "windows-1252" -> Charset.forName("windows-1252");
        default ->
            throw new UsageException(
                "--encoding must be utf-8, latin1 or cp1252, was '" + value + "'");
      };
    }

    private static long countOf(String value) throws UsageException {
      try {
        long n = Long.parseLong(value);
        if (n < 0) {
          throw new NumberFormatException();
        }
        return n;
      } catch (NumberFormatException e) {
        throw new UsageException(
            "--max-findings-per-rule must be a whole number >= 0, was '" + value + "'");
      }
    }
  }
}
