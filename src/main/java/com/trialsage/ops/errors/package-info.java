/**
 * Error reporting to Sentry: requests that end in an unexpected 500 and validation runs that the
 * engine's infrastructure failed (crash, timeout, unreadable output), sent without secrets.
 */
package com.trialsage.ops.errors;
