package com.trialsage.launcher;

import com.trialsage.tenancy.TenantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the command line asks for: start the service, print a token, verify the audit trail, or
 * print help.
 */
sealed interface Command {

  /** Roles the application knows; MicroProfile JWT reads them from the groups claim. */
  Set<String> ROLES = Set.of("submitter", "reviewer", "operator", "admin");

  record Start(boolean dev) implements Command {}

  record Help() implements Command {}

  record Token(String tenant, List<String> roles, Duration lifetime, String subject)
      implements Command {
    public Token {
      Objects.requireNonNull(tenant, "tenant must not be null");
      roles = List.copyOf(roles);
      Objects.requireNonNull(lifetime, "lifetime must not be null");
      Objects.requireNonNull(subject, "subject must not be null");
    }
  }

  /** Verify the audit hash chains: one tenant's, or every tenant's when {@code tenant} is empty. */
  record AuditVerify(Optional<String> tenant) implements Command {
    public AuditVerify {
      Objects.requireNonNull(tenant, "tenant must not be null; use Optional.empty() for all");
    }
  }

  static Command parse(String... args) throws UsageException {
    List<String> arguments = Arrays.asList(args);
    if (arguments.isEmpty()) {
      return new Start(false);
    }
    if (arguments.equals(List.of("--dev"))) {
      return new Start(true);
    }
    if (arguments.equals(List.of("--help")) || arguments.equals(List.of("-h"))) {
      return new Help();
    }
    if (arguments.get(0).equals("token")) {
      return parseToken(arguments.subList(1, arguments.size()));
    }
    if (arguments.get(0).equals("audit-verify")) {
      return parseAuditVerify(arguments.subList(1, arguments.size()));
    }
    throw new UsageException("Unknown arguments: " + String.join(" ", arguments));
  }

  private static AuditVerify parseAuditVerify(List<String> arguments) throws UsageException {
    if (arguments.isEmpty()) {
      return new AuditVerify(Optional.empty());
    }
    if (arguments.size() != 2 || !arguments.get(0).equals("--tenant")) {
      throw new UsageException(
          "audit-verify takes only --tenant T (or nothing, for every tenant), not: "
              + String.join(" ", arguments));
    }
    String tenant = arguments.get(1);
    if (!TenantId.isValid(tenant)) {
      throw new UsageException(
          "--tenant must be a tenant id: 1 to 64 lower-case letters, digits, '.', '_' or '-'");
    }
    return new AuditVerify(Optional.of(tenant));
  }

  private static Token parseToken(List<String> arguments) throws UsageException {
    String tenant = null;
    String roles = null;
    String ttl = "1h";
    String subject = "dev-user";
    for (int i = 0; i < arguments.size(); i += 2) {
      String option = arguments.get(i);
      if (i + 1 >= arguments.size()) {
        throw new UsageException("Option " + option + " needs a value");
      }
      String value = arguments.get(i + 1);
      switch (option) {
        case "--tenant" -> tenant = value;
        case "--roles" -> roles = value;
        case "--ttl" -> ttl = value;
        case "--subject" -> subject = value;
        default -> throw new UsageException("Unknown token option: " + option);
      }
    }
    if (tenant == null || roles == null) {
      throw new UsageException("token needs --tenant and --roles");
    }
    return new Token(
        requireWord(tenant, "--tenant"),
        parseRoles(roles),
        parseLifetime(ttl),
        requireWord(subject, "--subject"));
  }

  private static String requireWord(String value, String option) throws UsageException {
    if (value.isBlank() || !value.codePoints().allMatch(c -> c > 0x20 && c != 0x7f)) {
      throw new UsageException(option + " must be a non-empty value without spaces");
    }
    return value;
  }

  static List<String> parseRoles(String value) throws UsageException {
    List<String> roles = new ArrayList<>();
    for (String role : value.split(",", -1)) {
      String name = role.strip().toLowerCase(Locale.ROOT);
      if (!ROLES.contains(name)) {
        throw new UsageException(
            "Unknown role '" + role.strip() + "'; allowed: submitter, reviewer, operator, admin");
      }
      if (!roles.contains(name)) {
        roles.add(name);
      }
    }
    return roles;
  }

  /** Parses {@code 30m}, {@code 1h}, {@code 2d} or {@code 3600s}. */
  static Duration parseLifetime(String value) throws UsageException {
    Matcher matcher = Pattern.compile("(\\d{1,7})([smhd])").matcher(value.strip());
    if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
      throw new UsageException(
          "--ttl must be a positive number with a unit s, m, h or d, like 30m, 1h, 2d or 3600s");
    }
    long amount = Long.parseLong(matcher.group(1));
    return switch (matcher.group(2)) {
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofDays(amount);
    };
  }
}
