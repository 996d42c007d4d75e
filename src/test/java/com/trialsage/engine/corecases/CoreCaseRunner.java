package com.trialsage.engine.corecases;

import com.trialsage.engine.ct.ControlledTerminology;
import com.trialsage.engine.rules.Finding;
import com.trialsage.engine.rules.Rule;
import com.trialsage.engine.rules.RuleCatalog;
import com.trialsage.engine.rules.RuleDefinition;
import com.trialsage.engine.rules.StudyScope;
import com.trialsage.engine.rules.checks.StandardRules;
import com.trialsage.engine.run.CappedFindingSink;
import com.trialsage.engine.run.RuleOutcome;
import com.trialsage.engine.run.RunReport;
import com.trialsage.engine.run.ValidationRun;
import com.trialsage.engine.standard.SdtmigVersion;
import com.trialsage.engine.standard.StandardLibrary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the TrialSage rule(s) mapped to a CORE rule on one case and compares the findings with the
 * case's known answer.
 *
 * <p>CORE lists a finding's "output variables" as one results.csv row each; TrialSage reports one
 * finding per offending variable. So findings are compared on a key per CORE rule: (dataset,
 * record) for record rules, the dataset for dataset-level metadata rules, (dataset, variable name)
 * for CORE-000550, whose Record column holds the variable's position, and the subject for
 * CORE-000254, which CORE reports on the merged DM record while TrialSage reports the AE record.
 */
final class CoreCaseRunner {
  private static final Set<String> DATASET_KEYED =
      Set.of(
          "CORE-000019",
          "CORE-000182",
          "CORE-000293",
          "CORE-000334",
          "CORE-000355",
          "CORE-000398",
          "CORE-000457",
          "CORE-000598");

  private final RuleCatalog catalog = RuleCatalog.standard();
  private final ControlledTerminology terminology;

  CoreCaseRunner(ControlledTerminology terminology) {
    this.terminology = terminology;
  }

  /** The TrialSage rules carrying this CORE id in the catalog. */
  List<RuleDefinition> rulesFor(String coreId) {
    List<RuleDefinition> rules = new ArrayList<>();
    for (RuleDefinition r : catalog.all()) {
      if (List.of(r.coreId().split(" ")).contains(coreId)) {
        rules.add(r);
      }
    }
    return rules;
  }

  /** Runs the case; the result says whether it matched and, if not, why. */
  CaseResult run(CoreCase c) throws Exception {
    List<RuleDefinition> definitions = rulesFor(c.coreId());
    if (definitions.isEmpty()) {
      return CaseResult.notImplemented(c);
    }
    List<Rule> rules = new ArrayList<>();
    for (Rule rule : StandardRules.all()) {
      if (definitions.stream().anyMatch(d -> d.id().equals(rule.id()))) {
        rules.add(rule);
      }
    }
    List<Finding> findings = new ArrayList<>();
    SdtmigVersion version = versionOf(c.environment());
    ValidationRun run =
        new ValidationRun(
            catalog,
            rules,
            facts ->
                new StudyScope(StandardLibrary.load(version), terminology, Optional.empty(), facts),
            Clock.systemUTC());
    RunReport report = run.execute(c.datasets(), new CappedFindingSink(findings::add, 100_000));
    for (RuleOutcome outcome : report.outcomes().values()) {
      if (outcome.status() == RuleOutcome.Status.ERROR) {
        return CaseResult.failed(c, rules, "rule failed: " + outcome.detail());
      }
    }
    return compare(c, rules, findings);
  }

  private CaseResult compare(CoreCase c, List<Rule> rules, List<Finding> findings)
      throws Exception {
    Set<String> expected = expectedKeys(c);
    Set<String> actual = new TreeSet<>();
    for (Finding f : findings) {
      actual.add(actualKey(c.coreId(), f));
    }
    if (expected.equals(actual)) {
      return CaseResult.passed(c, rules, actual.size());
    }
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    Set<String> extra = new TreeSet<>(actual);
    extra.removeAll(expected);
    return CaseResult.failed(
        c, rules, "missing " + abbreviate(missing) + ", unexpected " + abbreviate(extra));
  }

  private Set<String> expectedKeys(CoreCase c) throws Exception {
    Set<String> keys = new TreeSet<>();
    if (c.isPositive()) {
      // Some positive folders carry a stale results.csv; a positive case must raise nothing.
      return keys;
    }
    for (String[] row : c.expectedRows()) {
      String dataset = row[0].trim().toUpperCase(Locale.ROOT);
      String record = row.length > 1 ? recordOf(row[1]) : "";
      keys.add(
          switch (mode(c.coreId())) {
            case "dataset" -> dataset;
            case "variable" -> dataset + " " + (row.length > 3 ? row[3].trim() : "");
            case "subject" -> subjectOf(c, dataset, record);
            default -> dataset + "#" + record;
          });
    }
    return keys;
  }

  private static String actualKey(String coreId, Finding f) {
    return switch (mode(coreId)) {
      case "dataset" -> f.dataset();
      case "variable" -> f.dataset() + " " + f.variable();
      case "subject" -> f.usubjid();
      default -> f.dataset() + "#" + (f.isDatasetLevel() ? "" : f.recordNumber());
    };
  }

  private static String mode(String coreId) {
    if (DATASET_KEYED.contains(coreId)) {
      return "dataset";
    }
    if (coreId.equals("CORE-000550")) {
      return "variable";
    }
    return coreId.equals("CORE-000254") ? "subject" : "record";
  }

  private static String recordOf(String text) {
    String t = text.trim();
    return t.endsWith(".0") ? t.substring(0, t.length() - 2) : t;
  }

  private static String subjectOf(CoreCase c, String dataset, String record) throws Exception {
    int column = c.headerOf(dataset).indexOf("USUBJID");
    return c.rowsOf(dataset).get(Integer.parseInt(record) - 1)[column];
  }

  private static String abbreviate(Set<String> keys) {
    if (keys.isEmpty()) {
      return "none";
    }
    List<String> list = new ArrayList<>(keys);
    return list.size() <= 6
        ? list.toString()
        : list.subList(0, 6) + " and " + (list.size() - 6) + " more";
  }

  /** SENDIG and TIG cases run against SDTMIG 3.4: the engine has no SEND metadata. */
  static SdtmigVersion versionOf(Map<String, String> env) {
    String product = env.getOrDefault("PRODUCT", "").toUpperCase(Locale.ROOT);
    String version = env.getOrDefault("VERSION", "3-4").replace('-', '.');
    if (product.equals("SDTMIG")) {
      try {
        return SdtmigVersion.parse(version);
      } catch (IllegalArgumentException e) {
        return SdtmigVersion.V3_4;
      }
    }
    return SdtmigVersion.V3_4;
  }
}
