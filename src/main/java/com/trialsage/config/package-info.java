/**
 * Settings shared by the launcher and the application: which configuration keys are required, how
 * each maps to an environment variable, and one message naming every missing or invalid key. Plain
 * Java only, because the launcher runs it before any container exists.
 */
package com.trialsage.config;
