/**
 * Conditions the service watches in itself and raises as alert events, for installations without
 * Prometheus: the 5xx share, storage use and the run queue, with the thresholds and durations of
 * the Prometheus rules in {@code server-config/prometheus}. The breaker, integrity and audit alerts
 * are fired where they are detected; this package evaluates what only a schedule can see.
 */
package com.trialsage.ops.conditions;
