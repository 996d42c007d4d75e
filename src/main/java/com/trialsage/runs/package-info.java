/**
 * Validation runs: the durable queue in PostgreSQL (claimed with {@code FOR UPDATE SKIP LOCKED},
 * leased, re-queued by a reaper when an instance dies), and the states a run passes through.
 */
package com.trialsage.runs;
