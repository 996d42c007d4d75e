package com.trialsage.audit;

import com.trialsage.ratelimit.OperationKind;
import com.trialsage.ratelimit.RateLimit;
import com.trialsage.tenancy.Caller;
import com.trialsage.tenancy.CurrentCaller;
import com.trialsage.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/v1/audit}: the caller's organisation's audit trail, to read page by page or to export
 * as CSV. Only the tenant of the caller's token is ever read.
 */
@Path("/v1/audit")
@RequestScoped
@RolesAllowed({Role.REVIEWER, Role.ADMIN})
public class AuditResource {
  private static final Logger LOG = Logger.getLogger(AuditResource.class.getName());
  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  @Inject CurrentCaller caller;
  @Inject AuditEvents events;
  @Inject AuditTrail trail;
  @Inject Clock clock;
  @Context UriInfo uri;

  /**
   * The tenant's events, newest first. {@code action} matches exactly, or as a prefix when it ends
   * in '.' ({@code run.}); {@code from} is inclusive and {@code to} exclusive (ISO-8601 instants);
   * {@code next} (also a {@code Link: rel="next"}) continues, and is null on the last page.
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RateLimit(OperationKind.READ)
  @Operation(summary = "Your organisation's audit events, newest first")
  @APIResponse(responseCode = "200", description = "One page; 'next' continues.")
  @APIResponse(responseCode = "400", description = "A bad filter, limit or cursor.")
  public Response list(
      @QueryParam("action") String action,
      @QueryParam("objectType") String objectType,
      @QueryParam("objectId") String objectId,
      @QueryParam("subject") String subject,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor)
      throws SQLException {
    AuditFilter filter = AuditParameters.filter(action, objectType, objectId, subject, from, to);
    int pageSize = AuditParameters.limit(limit);
    AuditCursor after = AuditParameters.cursor(cursor);

    List<AuditEvent> page = events.newestFirst(caller.get().tenant(), filter, after, pageSize);

    return page(page, pageSize);
  }

  private Response page(List<AuditEvent> page, int pageSize) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    page.forEach(event -> items.add(AuditViews.event(event)));
    JsonObjectBuilder json = Json.createObjectBuilder().add("items", items);
    Response.ResponseBuilder response = Response.ok();
    if (page.size() == pageSize) {
      String token = AuditCursor.after(page.get(page.size() - 1)).token();
      URI next = uri.getRequestUriBuilder().replaceQueryParam("cursor", token).build();
      json.add("next", next.toString());
      response.link(next, "next");
    } else {
      json.addNull("next");
    }
    return response.type(MediaType.APPLICATION_JSON).entity(json.build().toString()).build();
  }

  /**
   * The tenant's matching events as CSV in chain order (oldest first), streamed. The export itself
   * is recorded as an {@code audit.exported} event with its filters.
   */
  @GET
  @Path("export")
  @Produces("text/csv")
  @RateLimit(OperationKind.READ)
  @Operation(summary = "Export your organisation's audit events as CSV, oldest first")
  @APIResponse(responseCode = "200", description = "RFC 4180 CSV, UTF-8 with a byte order mark.")
  @APIResponse(responseCode = "400", description = "A bad filter.")
  public Response export(
      @QueryParam("action") String action,
      @QueryParam("objectType") String objectType,
      @QueryParam("objectId") String objectId,
      @QueryParam("subject") String subject,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    AuditFilter filter = AuditParameters.filter(action, objectType, objectId, subject, from, to);
    Caller current = caller.get();
    trail.record(
        current.tenant(),
        current.subject(),
        "audit.exported",
        "audit-trail",
        null,
        null,
        filter.asMap(),
        null);

    StreamingOutput body = out -> stream(current, filter, out);

    String fileName =
        "audit-" + current.tenant() + "-" + FILE_TIME.format(clock.instant()) + ".csv";
    return Response.ok(body, "text/csv; charset=utf-8; header=present")
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  private void stream(Caller current, AuditFilter filter, OutputStream out) throws IOException {
    AuditCsv csv = AuditCsv.startOn(out);
    try {
      events.inChainOrder(current.tenant(), filter, csv::write);
    } catch (SQLException e) {
      // The status line is gone already: the client sees a truncated body, the log says why.
      LOG.severe("Audit export of tenant " + current.tenant() + " broke off: " + e.getMessage());
      throw new IOException("the audit export broke off: the database failed", e);
    } finally {
      csv.flush();
    }
  }
}
