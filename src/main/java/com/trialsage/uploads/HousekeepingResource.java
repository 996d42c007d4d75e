package com.trialsage.uploads;

import com.trialsage.audit.AuditTrail;
import com.trialsage.tenancy.Caller;
import com.trialsage.tenancy.CurrentCaller;
import com.trialsage.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/ops/…}: operators run housekeeping now instead of waiting for its schedule. */
@Path("/v1/ops")
@RequestScoped
@RolesAllowed({Role.OPERATOR, Role.ADMIN})
public class HousekeepingResource {

  @Inject UploadHousekeeping housekeeping;
  @Inject AuditTrail audit;
  @Inject CurrentCaller caller;

  @POST
  @Path("uploads/cleanup")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Delete expired uploads now (all tenants)")
  public UploadHousekeeping.Report cleanup() {
    return audited(housekeeping.cleanupExpired());
  }

  @POST
  @Path("storage/scrub")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Verify every stored upload now (all tenants)")
  public UploadHousekeeping.Report scrub() {
    return audited(housekeeping.scrub());
  }

  @POST
  @Path("storage/orphans")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Remove objects no upload refers to, past the grace period")
  public UploadHousekeeping.Report orphans() throws IOException {
    return audited(housekeeping.removeOrphans());
  }

  // An operator's action is on record in the operator's own tenant, with what it did in numbers.
  private UploadHousekeeping.Report audited(UploadHousekeeping.Report report) {
    Caller who = caller.get();
    audit.record(
        who.tenant(),
        who.subject(),
        "ops." + report.task(),
        "housekeeping",
        report.task(),
        null,
        Map.of("examined", report.examined(), "acted", report.acted()),
        null);
    return report;
  }
}
