package com.trialsage.engine.rules.checks;

import com.trialsage.engine.rules.Rule;
import java.util.List;

/** Every rule the engine implements, in catalog order. */
public final class StandardRules {
  private StandardRules() {}

  public static List<Rule> all() {
    return List.of(
        new RequiredVariablePresent(),
        new RequiredVariableNotNull(),
        new ExpectedVariablePresent(),
        new VariableAllowed(),
        new DateTimeFormat(),
        new DomainMatchesDataset(),
        new SequenceUnique(),
        new UsubjidInDm(),
        new StudyidMatchesDm(),
        DmSubjectsUnique.usubjid(),
        DmSubjectsUnique.subjid(),
        new DmPresent(),
        new MetadataLimits.VariableNameLength(),
        new MetadataLimits.VariableLabelLength(),
        new ValueLength(),
        new LabelMatchesIg(),
        CodelistValue.nonExtensible(),
        CodelistValue.extensible(),
        new TestCodeOneToOne(),
        ValueFormat.testcd(),
        ValueFormat.qnam(),
        new SupplementalUnique(),
        new ParentRecordExists(),
        new RelatedDomainExists(),
        ReferenceValueExists.visitInSv(),
        ReferenceValueExists.armInTa(),
        ReferenceValueExists.epochInTa(),
        DateOrder.startNotAfterEnd(),
        StudyDay.collectionDay(),
        Seriousness.seriousWhenCriterion(),
        Seriousness.notSeriousWithoutCriterion(),
        new FatalEventDeathFlag(),
        new StandardResultNumeric(),
        new OriginalUnitPresent(),
        DefineConsistency.presence(),
        DefineConsistency.attributes(),
        new MetadataLimits.DatasetNameLength(),
        DateOrder.endNotBeforeCollection(),
        StudyDay.startAndEndDays());
  }
}
