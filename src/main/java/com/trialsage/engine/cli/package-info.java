/**
 * The engine's command line ({@code java -jar trialsage-engine.jar}), as the TrialSage service and
 * people call it. See {@link com.trialsage.engine.cli.EngineMain} for the commands and exit codes.
 */
package com.trialsage.engine.cli;
