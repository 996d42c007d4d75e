package com.trialsage.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the {@link TokenPolicy} from configuration. */
@ApplicationScoped
public class TokenPolicyProducer {

  @Inject
  @ConfigProperty(name = "trialsage.jwt.clock-skew-seconds", defaultValue = "60")
  long clockSkewSeconds;

  @Inject
  @ConfigProperty(name = "trialsage.jwt.max-age-seconds", defaultValue = "86400")
  long maxAgeSeconds;

  @Inject
  @ConfigProperty(name = "trialsage.jwt.tenant-claim", defaultValue = "tenant")
  String tenantClaim;

  // Dependent scope: TokenPolicy is an immutable final class, which a normal scope would proxy.
  @Produces
  TokenPolicy tokenPolicy() {
    return new TokenPolicy(
        Duration.ofSeconds(clockSkewSeconds), Duration.ofSeconds(maxAgeSeconds), tenantClaim);
  }
}
