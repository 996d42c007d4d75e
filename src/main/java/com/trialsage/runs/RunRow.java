package com.trialsage.runs;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A run as stored, with its inputs. JSON columns are kept as their text. */
public record RunRow(
    UUID id,
    String tenant,
    RunState state,
    String phase,
    String failureReason,
    String failureDetail,
    String standard,
    String standardVersion,
    String ctVersion,
    UUID defineUploadId,
    UUID packageUploadId,
    String idempotencyKey,
    String requestSha256,
    int attempts,
    int maxAttempts,
    boolean cancelRequested,
    String engineVersion,
    String catalogSha256,
    Integer exitCode,
    String createdBy,
    OffsetDateTime createdAt,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    String summaryJson,
    String timingsJson,
    String argumentsJson,
    UUID retryOf,
    Long findingsTotal,
    Long findingsStored,
    List<RunInput> inputs) {

  RunRow withInputs(List<RunInput> newInputs) {
    return new RunRow(
        id,
        tenant,
        state,
        phase,
        failureReason,
        failureDetail,
        standard,
        standardVersion,
        ctVersion,
        defineUploadId,
        packageUploadId,
        idempotencyKey,
        requestSha256,
        attempts,
        maxAttempts,
        cancelRequested,
        engineVersion,
        catalogSha256,
        exitCode,
        createdBy,
        createdAt,
        startedAt,
        finishedAt,
        summaryJson,
        timingsJson,
        argumentsJson,
        retryOf,
        findingsTotal,
        findingsStored,
        List.copyOf(newInputs));
  }
}
