package com.trialsage.engine.corecases;

import java.util.Map;

/** Cases TrialSage does not pass, each with the reason. */
final class KnownFailures {
  private static final String SEQ_PART_A =
      "CORE-000750 (Part A) keys --SEQ by USUBJID or POOLID only; TS0007 also keys device records"
          + " by SPDEVID as CORE-000751 (Part B) does, and CORE-000751/negative/02 flags this same"
          + " DU data";
  private static final String SEND_METADATA =
      "SENDIG case: the engine has SDTMIG metadata only, and SDTMIG's AE (AEDECOD, STUDYID and"
          + " USUBJID Req) differs from what this SEND case expects";

  private static final String COLLECTION_DATE =
      "SENDIG case on DS: TS0038 compares --ENDTC with --DTC in Findings datasets only; in SDTMIG"
          + " Events such as DS, --DTC is the collection date and may follow --ENDTC";

  private static final Map<String, String> REASONS =
      Map.of(
          "CORE-000653/negative/01", COLLECTION_DATE,
          "CORE-000750/positive/01", SEQ_PART_A,
          "CORE-000750/positive/02", SEQ_PART_A,
          "CORE-000355/negative/01", SEND_METADATA,
          "CORE-000355/positive/01", SEND_METADATA,
          "CORE-000356/negative/01", SEND_METADATA,
          "CORE-000356/positive/01", SEND_METADATA);

  private KnownFailures() {}

  static String reason(String caseId) {
    return REASONS.get(caseId);
  }
}
