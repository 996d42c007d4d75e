/**
 * The run's results on disk: {@code findings.ndjson} (one JSON object per finding) and {@code
 * summary.json}, each written to a temporary file and renamed into place only when complete.
 */
package com.trialsage.engine.output;
