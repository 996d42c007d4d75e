package com.trialsage.engine.rules;

import com.trialsage.engine.model.DatasetMetadata;
import com.trialsage.engine.model.Record;
import com.trialsage.engine.model.Variable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gathers {@link StudyFacts} from one dataset while the rules check it: DM subjects, TA arms and
 * epochs, SV visits, and the keys SUPP--, RELREC and CO records point at.
 */
public final class StudyFactsCollector implements DatasetCheck {
  /** Variables IDVAR names in practice (SDTMIG 8.2.1, 8.4.1): the --SEQ, --GRPID… of a domain. */
  private static final List<String> PARENT_KEY_SUFFIXES =
      List.of("SEQ", "GRPID", "REFID", "SPID", "LNKID", "LNKGRP");

  private final StudyFacts facts;
  private final String dataset;
  private final int usubjid;
  private final int studyid;
  private final int dthfl;
  private final int rfstdtc;
  private final int visitnum;
  private final int armcd;
  private final int epoch;
  private final List<Variable> parentKeyColumns = new ArrayList<>();

  public StudyFactsCollector(StudyFacts facts, DatasetMetadata metadata) {
    this.facts = facts;
    this.dataset = metadata.upperName();
    this.usubjid = metadata.indexOf("USUBJID");
    this.studyid = metadata.indexOf("STUDYID");
    this.dthfl = metadata.indexOf("DTHFL");
    this.rfstdtc = metadata.indexOf("RFSTDTC");
    this.visitnum = metadata.indexOf("VISITNUM");
    this.armcd = metadata.indexOf("ARMCD");
    this.epoch = metadata.indexOf("EPOCH");
    Set<String> names = new HashSet<>();
    metadata.variables().forEach(v -> names.add(v.name().toUpperCase(Locale.ROOT)));
    facts.addVariables(dataset, names);
    if (facts.needsParentKeys() && usubjid >= 0 && !isRelationship(dataset)) {
      chooseParentKeyColumns(metadata);
    }
  }

  private static boolean isRelationship(String dataset) {
    return dataset.startsWith("SUPP") || dataset.equals("RELREC") || dataset.equals("CO");
  }

  private void chooseParentKeyColumns(DatasetMetadata metadata) {
    String prefix = DatasetScope.prefixOf(dataset);
    for (Variable v : metadata.variables()) {
      for (String suffix : PARENT_KEY_SUFFIXES) {
        if (v.name().equalsIgnoreCase(prefix + suffix)) {
          parentKeyColumns.add(v);
          facts.declareParentVariable(dataset, v.name().toUpperCase(Locale.ROOT));
        }
      }
    }
  }

  @Override
  public void record(Record record) {
    switch (dataset) {
      case "DM" -> collectSubject(record);
      case "TA" -> facts.addArm(text(record, armcd), text(record, epoch));
      case "SV" -> {
        if (visitnum >= 0 && usubjid >= 0 && !record.isMissing(visitnum)) {
          facts.addSubjectVisit(record.text(usubjid), record.text(visitnum));
        }
      }
      default -> {}
    }
    if (!parentKeyColumns.isEmpty()) {
      collectParentKeys(record);
    }
  }

  private void collectSubject(Record record) {
    if (usubjid < 0 || record.isMissing(usubjid)) {
      return;
    }
    facts.addDmSubject(
        record.text(usubjid),
        text(record, studyid),
        "Y".equals(text(record, dthfl)),
        text(record, rfstdtc));
  }

  private void collectParentKeys(Record record) {
    String subject = record.text(usubjid);
    for (Variable v : parentKeyColumns) {
      if (!record.isMissing(v.position())) {
        facts.addParentKey(
            dataset, v.name().toUpperCase(Locale.ROOT), subject, record.text(v.position()));
      }
    }
  }

  private static String text(Record record, int column) {
    return column < 0 ? "" : record.text(column);
  }

  @Override
  public void end() {
    facts.markRead(dataset);
  }
}
