package com.trialsage.engine.run;

import com.trialsage.engine.model.DatasetMetadata;
import com.trialsage.engine.model.DatasetStream;
import com.trialsage.engine.model.Record;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import com.trialsage.engine.rules.FindingSink;
import com.trialsage.engine.rules.Rule;
import com.trialsage.engine.rules.RuleCatalog;
import com.trialsage.engine.rules.RuleId;
import com.trialsage.engine.rules.RuleReporter;
import com.trialsage.engine.rules.StudyFacts;
import com.trialsage.engine.rules.StudyFactsCollector;
import com.trialsage.engine.rules.StudyScope;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Validates a set of datasets against a list of rules, in one pass per dataset.
 *
 * <p>Before reading records, the run opens each source once to learn its dataset names, so rules
 * know which datasets the study has, and orders the datasets so that reference data comes first
 * (see {@link DatasetOrder}). An exception in a rule marks that rule as failed and the run goes on
 * without it.
 */
public final class ValidationRun {
  private static final Logger LOG = Logger.getLogger(ValidationRun.class.getName());

  private final RuleCatalog catalog;
  private final List<Rule> rules;
  private final Function<StudyFacts, StudyScope> scopeFactory;
  private final Clock clock;
  private final Map<RuleId, RuleState> states = new LinkedHashMap<>();

  /**
   * @param scopeFactory builds the study scope (standard, CT, define) around the study facts
   */
  public ValidationRun(
      RuleCatalog catalog,
      List<Rule> rules,
      Function<StudyFacts, StudyScope> scopeFactory,
      Clock clock) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.rules = List.copyOf(rules);
    this.scopeFactory = Objects.requireNonNull(scopeFactory, "scopeFactory");
    this.clock = Objects.requireNonNull(clock, "clock");
    for (Rule rule : rules) {
      catalog.get(rule.id());
      states.put(rule.id(), new RuleState());
    }
  }

  /**
   * Runs every rule over every dataset of the sources.
   *
   * @throws DuplicateDatasetException when two sources hold a dataset of the same name
   * @throws IOException when a source cannot be read (an {@code InputFormatException} names the
   *     file, the byte offset and why)
   */
  public RunReport execute(List<DatasetSource> sources, CappedFindingSink sink)
      throws IOException, DuplicateDatasetException {
    long startMillis = clock.millis();
    List<DatasetOrder.Unit> units = DatasetOrder.discover(sources);
    Set<String> names = new HashSet<>();
    units.forEach(u -> names.add(u.name()));
    StudyScope study = scopeFactory.apply(new StudyFacts(names));
    markUnavailableRules(study);

    List<DatasetRead> read = new ArrayList<>();
    for (DatasetOrder.Unit unit : units) {
      read.add(validateDataset(unit, study, sink));
    }
    finishRules(study, sink);
    return new RunReport(read, outcomes(), sink.counts(), clock.millis() - startMillis);
  }

  private void markUnavailableRules(StudyScope study) {
    for (Rule rule : rules) {
      Optional<String> reason = guard(rule, () -> rule.unavailableReason(study));
      reason.ifPresent(r -> states.get(rule.id()).unavailable = r);
    }
  }

  private DatasetRead validateDataset(DatasetOrder.Unit unit, StudyScope study, FindingSink sink)
      throws IOException {
    try (DatasetStream in = unit.source().open()) {
      for (int i = 0; i <= unit.index(); i++) {
        in.nextDataset();
      }
      DatasetMetadata metadata = in.metadata();
      LOG.fine(() -> "validating " + metadata.upperName() + " from " + unit.source().sourceName());
      List<ActiveCheck> checks = openChecks(metadata, study, sink);
      StudyFactsCollector facts = new StudyFactsCollector(study.facts(), metadata);
      long records = 0;
      for (Record r = in.nextRecord(); r != null; r = in.nextRecord()) {
        records++;
        facts.record(r);
        feed(checks, r);
      }
      endChecks(checks);
      facts.end();
      return new DatasetRead(metadata.upperName(), records, unit.source().sourceName());
    }
  }

  private List<ActiveCheck> openChecks(
      DatasetMetadata metadata, StudyScope study, FindingSink sink) {
    List<ActiveCheck> checks = new ArrayList<>();
    for (Rule rule : rules) {
      RuleState state = states.get(rule.id());
      if (state.error != null || state.unavailable != null) {
        continue;
      }
      DatasetScope scope =
          new DatasetScope(study, metadata, new RuleReporter(catalog.get(rule.id()), sink));
      DatasetCheck check = guard(rule, () -> rule.check(scope));
      if (check != null && check != DatasetCheck.NOT_APPLICABLE) {
        state.datasetsChecked++;
        checks.add(new ActiveCheck(rule, check));
      }
    }
    return checks;
  }

  private void feed(List<ActiveCheck> checks, Record record) {
    for (int i = 0; i < checks.size(); i++) {
      ActiveCheck active = checks.get(i);
      try {
        active.check().record(record);
      } catch (RuntimeException e) {
        fail(active.rule(), e);
        checks.remove(i--);
      }
    }
  }

  private void endChecks(List<ActiveCheck> checks) {
    for (ActiveCheck active : checks) {
      guard(
          active.rule(),
          () -> {
            active.check().end();
            return null;
          });
    }
  }

  private void finishRules(StudyScope study, FindingSink sink) {
    for (Rule rule : rules) {
      RuleState state = states.get(rule.id());
      if (state.error == null && state.unavailable == null) {
        guard(
            rule,
            () -> {
              rule.finish(study, new RuleReporter(catalog.get(rule.id()), sink));
              return null;
            });
      }
    }
  }

  private <T> T guard(Rule rule, Supplier<T> action) {
    try {
      return action.get();
    } catch (RuntimeException e) {
      fail(rule, e);
      return null;
    }
  }

  private void fail(Rule rule, RuntimeException e) {
    RuleState state = states.get(rule.id());
    if (state.error == null) {
      state.error = e.getClass().getSimpleName() + ": " + e.getMessage();
      LOG.log(Level.WARNING, "rule " + rule.id() + " failed and is dropped from the run", e);
    }
  }

  private Map<RuleId, RuleOutcome> outcomes() {
    Map<RuleId, RuleOutcome> outcomes = new LinkedHashMap<>();
    for (Rule rule : rules) {
      outcomes.put(rule.id(), outcomeOf(rule, states.get(rule.id())));
    }
    return outcomes;
  }

  private static RuleOutcome outcomeOf(Rule rule, RuleState state) {
    if (state.error != null) {
      return new RuleOutcome(rule.id(), RuleOutcome.Status.ERROR, state.error);
    }
    if (state.unavailable != null) {
      return new RuleOutcome(rule.id(), RuleOutcome.Status.SKIPPED, state.unavailable);
    }
    if (state.datasetsChecked == 0 && !rule.concludesOnStudy()) {
      return new RuleOutcome(rule.id(), RuleOutcome.Status.SKIPPED, rule.notApplicableReason());
    }
    return new RuleOutcome(rule.id(), RuleOutcome.Status.RAN, "");
  }

  private record ActiveCheck(Rule rule, DatasetCheck check) {}

  private static final class RuleState {
    int datasetsChecked;
    String unavailable;
    String error;
  }
}
