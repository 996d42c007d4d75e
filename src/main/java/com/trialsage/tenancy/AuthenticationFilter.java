package com.trialsage.tenancy;

import com.trialsage.logging.LogContext;
import com.trialsage.web.ProblemException;
import com.trialsage.web.Problems;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.security.Principal;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Admits a request to a resource only with a token that passes {@link TokenPolicy} and carries a
 * role the resource allows. Every resource needs a token unless it is marked {@link PermitAll}.
 * MP-JWT has already checked signature, issuer and expiry when this runs.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {
  private static final Logger LOG = Logger.getLogger(AuthenticationFilter.class.getName());

  @Context ResourceInfo resource;
  @Inject TokenPolicy policy;
  @Inject CurrentCaller currentCaller;
  @Inject TenantRegistry tenants;
  @Inject Clock clock;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null || isPublic(method)) {
      return;
    }
    Principal principal = request.getSecurityContext().getUserPrincipal();
    if (!(principal instanceof JsonWebToken token)) {
      throw new ProblemException(
          Problems.unauthorized(
              "This operation needs a bearer token: send Authorization: Bearer <token>."));
    }
    Optional<String> rejection = policy.rejection(claimsOf(token), clock.instant());
    if (rejection.isPresent()) {
      LOG.info("Bearer token rejected: " + rejection.get());
      throw new ProblemException(Problems.unauthorized(rejection.get()));
    }
    Caller caller = callerOf(token);
    LogContext.setTenant(caller.tenant().value());
    requireRole(method, caller);
    tenants.ensureRegistered(caller.tenant());
    currentCaller.set(caller);
  }

  private TokenPolicy.Claims claimsOf(JsonWebToken token) {
    return new TokenPolicy.Claims(
        numberClaim(token, "nbf"), numberClaim(token, "iat"), stringOrNull(token));
  }

  private Object stringOrNull(JsonWebToken token) {
    Object value = token.getClaim(policy.tenantClaim());
    if (value instanceof jakarta.json.JsonString json) {
      return json.getString();
    }
    return value;
  }

  private static Long numberClaim(JsonWebToken token, String name) {
    Object value = token.getClaim(name);
    if (value instanceof Number number) {
      return number.longValue();
    }
    if (value instanceof jakarta.json.JsonNumber json) {
      return json.longValue();
    }
    return null;
  }

  private Caller callerOf(JsonWebToken token) {
    String subject = token.getSubject() != null ? token.getSubject() : token.getName();
    Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
    return new Caller(
        new TenantId((String) stringOrNull(token)), subject == null ? "" : subject, groups);
  }

  private static void requireRole(Method method, Caller caller) {
    RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      allowed = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
    }
    if (allowed != null && Arrays.stream(allowed.value()).noneMatch(caller::hasRole)) {
      throw new ProblemException(Problems.forbidden());
    }
  }

  private static boolean isPublic(Method method) {
    return method.isAnnotationPresent(PermitAll.class)
        || method.getDeclaringClass().isAnnotationPresent(PermitAll.class);
  }
}
