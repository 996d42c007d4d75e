package com.trialsage.tenancy;

import com.trialsage.ratelimit.OperationKind;
import com.trialsage.ratelimit.RateLimit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/v1/me}: who the service thinks the caller is. */
@Path("/v1/me")
@RequestScoped
public class MeResource {

  @Inject CurrentCaller caller;

  /**
   * The caller's tenant, subject and roles, as taken from the token.
   *
   * @param tenant the tenant every request of this caller is scoped to
   * @param subject the token's subject
   * @param roles the caller's roles, sorted
   */
  public record Me(String tenant, String subject, List<String> roles) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.SUBMITTER, Role.REVIEWER, Role.OPERATOR, Role.ADMIN})
  @RateLimit(OperationKind.READ)
  @Operation(
      summary = "Who am I",
      description = "The tenant, subject and roles this service reads from your token.")
  @APIResponse(responseCode = "200", description = "The caller.")
  @APIResponse(responseCode = "401", description = "No token, or a token that is not accepted.")
  @APIResponse(responseCode = "403", description = "The token carries none of the four roles.")
  @APIResponse(
      responseCode = "429",
      description = "The tenant's read limit of this minute is used.")
  public Me me() {
    Caller current = caller.get();
    return new Me(
        current.tenant().value(), current.subject(), current.roles().stream().sorted().toList());
  }
}
