/**
 * Per-tenant rate limits: the {@link com.trialsage.ratelimit.RateLimit} interceptor binding,
 * counted in fixed one-minute windows in PostgreSQL so that every instance shares one count.
 */
package com.trialsage.ratelimit;
