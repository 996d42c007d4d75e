/**
 * The audit trail: append-only {@code audit_events} rows, chained per tenant by SHA-256 so that a
 * changed, removed or reordered row breaks the chain.
 */
package com.trialsage.audit;
