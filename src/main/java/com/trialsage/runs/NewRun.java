package com.trialsage.runs;

import java.util.List;
import java.util.UUID;

/** A run about to be queued, its inputs already checked to be the tenant's. */
record NewRun(
    UUID id,
    String tenant,
    String standard,
    String standardVersion,
    String ctVersion,
    UUID defineUploadId,
    UUID packageUploadId,
    String idempotencyKey,
    String requestSha256,
    int maxAttempts,
    String argumentsJson,
    UUID retryOf,
    String createdBy,
    List<RunInput> inputs,
    String traceParent) {}
