/**
 * Structured logging: one JSON object per line, with the tenant, request and run a log line belongs
 * to. Plain java.util.logging, shared by the launcher and the application.
 */
package com.trialsage.logging;
