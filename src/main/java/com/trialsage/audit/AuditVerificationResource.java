package com.trialsage.audit;

import com.trialsage.alerts.AlertEvent;
import com.trialsage.tenancy.Caller;
import com.trialsage.tenancy.CurrentCaller;
import com.trialsage.tenancy.Role;
import com.trialsage.tenancy.TenantId;
import com.trialsage.web.Problem;
import com.trialsage.web.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/v1/ops/audit/verification}: operators check the hash chains now. Operators act for
 * the system, so this reads every tenant's chain (or the one named by {@code ?tenant=}), and
 * answers 200 with a verdict per tenant whether the chains are intact or not.
 */
@Path("/v1/ops/audit")
@RequestScoped
@RolesAllowed({Role.OPERATOR, Role.ADMIN})
public class AuditVerificationResource {

  @Inject CurrentCaller caller;
  @Inject AuditEvents events;
  @Inject AuditTrail trail;
  @Inject AuditMetrics metrics;
  @Inject Event<AlertEvent> alerts;
  @Inject Clock clock;

  @POST
  @Path("verification")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Verify the audit hash chain of one tenant or of all tenants now")
  @APIResponse(
      responseCode = "200",
      description = "{intact, tenants: [{tenant, eventsChecked, intact, firstBrokenEventId, …}]}")
  @APIResponse(responseCode = "400", description = "tenant is not a tenant id.")
  @APIResponse(responseCode = "404", description = "No such tenant.")
  public Response verify(@QueryParam("tenant") String tenant) throws SQLException {
    List<ChainVerification> verdicts =
        tenant == null || tenant.isEmpty() ? events.verifyAll() : List.of(verifyOne(tenant));

    record(tenant, verdicts);
    verdicts.forEach(this::alert);

    return Response.ok(json(verdicts), MediaType.APPLICATION_JSON).build();
  }

  private ChainVerification verifyOne(String tenant) throws SQLException {
    if (!TenantId.isValid(tenant)) {
      throw new ProblemException(
          Problem.of(
              400,
              "bad-parameter",
              "Bad Parameter",
              "tenant must be a tenant id: 1 to 64 lower-case letters, digits, '.', '_' or '-'."));
    }
    return events
        .verify(new TenantId(tenant))
        .orElseThrow(
            () ->
                new ProblemException(
                    Problem.of(
                        404, "not-found", "Not Found", "There is no tenant '" + tenant + "'.")));
  }

  // Recorded in the operator's own tenant's trail, with counts only: naming other tenants there
  // would show them to that tenant's reviewers. The log line of each chain has the detail.
  private void record(String tenant, List<ChainVerification> verdicts) {
    Caller current = caller.get();
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("scope", tenant == null || tenant.isEmpty() ? "all tenants" : "one tenant");
    result.put("tenantsChecked", verdicts.size());
    result.put("tenantsBroken", (int) verdicts.stream().filter(v -> !v.intact()).count());
    result.put(
        "eventsChecked", verdicts.stream().mapToLong(ChainVerification::eventsChecked).sum());
    trail.record(
        current.tenant(),
        current.subject(),
        "audit.verified",
        "audit-chain",
        null,
        null,
        result,
        null);
  }

  // A broken chain is evidence of tampering: an operator must hear of it at once, and once.
  private void alert(ChainVerification verdict) {
    String key = "audit-chain-broken-" + verdict.tenant();
    if (verdict.intact()) {
      alerts.fire(
          AlertEvent.resolved(
              key,
              AlertEvent.Severity.CRITICAL,
              "The audit chain of " + verdict.tenant() + " verifies again",
              clock.instant()));
      return;
    }
    metrics.chainBroken();
    alerts.fire(
        AlertEvent.firing(
            key,
            AlertEvent.Severity.CRITICAL,
            "The audit hash chain of tenant " + verdict.tenant() + " is broken",
            Map.of(
                "tenant", verdict.tenant(),
                "firstBrokenEventId", String.valueOf(verdict.firstBrokenEventId()),
                "reason", String.valueOf(verdict.reason())),
            clock.instant()));
  }

  private static String json(List<ChainVerification> verdicts) {
    boolean intact = verdicts.stream().allMatch(ChainVerification::intact);
    return "{\"intact\":"
        + intact
        + ",\"tenants\":["
        + verdicts.stream().map(ChainVerification::toJson).collect(Collectors.joining(","))
        + "]}";
  }
}
