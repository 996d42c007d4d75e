package com.trialsage.persistence;

import com.trialsage.config.RequiredSettings;
import com.trialsage.config.SettingProblem;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * Checks the required settings when the application deploys, before the schema migration and before
 * any request, with the same rules and message as the launcher: a WAR deployed some other way fails
 * just as clearly, naming every missing or invalid key at once.
 */
@ApplicationScoped
public class DeploymentSettings {

  @Inject Config config;

  void checkAtStartup(
      @Observes
          @Priority(jakarta.interceptor.Interceptor.Priority.PLATFORM_BEFORE)
          @Initialized(ApplicationScoped.class)
          Object started) {
    List<SettingProblem> problems =
        RequiredSettings.check(key -> config.getOptionalValue(key, String.class));
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "TrialSage will not start: " + RequiredSettings.describe(problems));
    }
  }
}
