/**
 * The launcher, {@code java -jar trialsage.jar}: checks the settings, starts an embedded PostgreSQL
 * in development, runs Payara Micro with the WAR as a child process, waits until it is ready and
 * stops both on shutdown. Also issues development tokens. Plain Java 17: no Jakarta or MicroProfile
 * API is available here.
 */
package com.trialsage.launcher;
