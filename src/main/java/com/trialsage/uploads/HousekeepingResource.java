package com.trialsage.uploads;

import com.trialsage.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/ops/…}: operators run housekeeping now instead of waiting for its schedule. */
@Path("/v1/ops")
@RequestScoped
@RolesAllowed({Role.OPERATOR, Role.ADMIN})
public class HousekeepingResource {

  @Inject UploadHousekeeping housekeeping;

  @POST
  @Path("uploads/cleanup")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Delete expired uploads now (all tenants)")
  public UploadHousekeeping.Report cleanup() {
    return housekeeping.cleanupExpired();
  }

  @POST
  @Path("storage/scrub")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Verify every stored upload now (all tenants)")
  public UploadHousekeeping.Report scrub() {
    return housekeeping.scrub();
  }

  @POST
  @Path("storage/orphans")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Remove objects no upload refers to, past the grace period")
  public UploadHousekeeping.Report orphans() throws IOException {
    return housekeeping.removeOrphans();
  }
}
