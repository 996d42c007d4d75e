/**
 * The audit trail: append-only {@code audit_events} rows, chained per tenant by SHA-256 so that a
 * changed, removed or reordered row breaks the chain; the API that reads and exports a tenant's
 * trail, and the chain verifier (plain JDBC, also run by the launcher's {@code audit-verify}).
 */
package com.trialsage.audit;
