/**
 * Structured logging shared by the launcher and the application: one JSON object per line, with the
 * tenant, request id and run id of the work in progress as fields.
 */
package com.trialsage.logging;
