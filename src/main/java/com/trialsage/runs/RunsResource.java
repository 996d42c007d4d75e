package com.trialsage.runs;

import com.trialsage.audit.AuditTrail;
import com.trialsage.ratelimit.OperationKind;
import com.trialsage.ratelimit.RateLimit;
import com.trialsage.reports.ReportFormat;
import com.trialsage.reports.RunReports;
import com.trialsage.reports.StoredReport;
import com.trialsage.tenancy.Caller;
import com.trialsage.tenancy.CurrentCaller;
import com.trialsage.tenancy.Role;
import com.trialsage.uploads.Sha256;
import com.trialsage.web.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/v1/runs}: submit validation runs, follow them, cancel, retry, read findings and
 * reports.
 */
@Path("/v1/runs")
@RequestScoped
public class RunsResource {
  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");
  private static final Set<String> SEVERITIES = Set.of("Error", "Warning", "Notice");
  private static final int MAX_LIMIT = 1000;

  @Inject CurrentCaller caller;
  @Inject RunService runs;
  @Inject RunRecords records;
  @Inject FindingsQuery findings;
  @Inject RunReports reports;
  @Inject AuditTrail audit;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.SUBMITTER)
  @RateLimit(OperationKind.RUN)
  @Operation(summary = "Queue a validation run of uploads or a package")
  @APIResponse(responseCode = "202", description = "Queued; Location names the run.")
  @APIResponse(responseCode = "400", description = "A malformed body or Idempotency-Key.")
  @APIResponse(responseCode = "422", description = "Unknown uploads, formats, CT or a reused key.")
  @APIResponse(responseCode = "503", description = "The engine is paused (breaker open).")
  public Response submit(String body, @HeaderParam("Idempotency-Key") String idempotencyKey)
      throws SQLException {
    if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
      throw new ProblemException(
          RunProblems.badRequest(
              "Idempotency-Key must be 1 to 255 visible ASCII characters (a UUID is a good key)"));
    }
    RunRequest request;
    try {
      request = RunRequest.parse(body);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          RunProblems.badRequest("The run request is invalid: " + e.getMessage() + "."));
    }
    RunService.Submitted submitted = runs.submit(caller.get(), request, idempotencyKey);
    return accepted(submitted);
  }

  private Response accepted(RunService.Submitted submitted) {
    URI location = runUri(submitted.run().id());
    Response.ResponseBuilder response =
        Response.status(Response.Status.ACCEPTED)
            .location(location)
            .type(MediaType.APPLICATION_JSON)
            .entity(RunViews.run(submitted.run(), location, true).toString());
    if (submitted.replayed()) {
      response.header("Idempotent-Replayed", "true");
    }
    return response.build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.REVIEWER, Role.SUBMITTER})
  @RateLimit(OperationKind.READ)
  @Operation(summary = "List your organisation's runs, newest first")
  @APIResponse(responseCode = "200", description = "One page; 'next' continues.")
  public Response list(
      @QueryParam("state") String state,
      @QueryParam("limit") @DefaultValue("50") int limit,
      @QueryParam("cursor") String cursor)
      throws SQLException {
    RunState wanted = null;
    if (state != null) {
      try {
        wanted = RunState.valueOf(state.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ProblemException(
            RunProblems.badRequest("state must be one of QUEUED, RUNNING, SUCCEEDED, FAILED"));
      }
    }
    checkLimit(limit, 200);
    OffsetDateTime before = null;
    UUID beforeId = null;
    if (cursor != null) {
      try {
        String[] parts =
            new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
        before = OffsetDateTime.parse(parts[0]);
        beforeId = UUID.fromString(parts[1]);
      } catch (IllegalArgumentException
          | DateTimeParseException
          | ArrayIndexOutOfBoundsException e) {
        throw new ProblemException(
            RunProblems.badRequest("cursor is not one this API gave out; start without it"));
      }
    }
    List<RunRow> page =
        records.page(
            caller.get().tenant().value(), new RunRecords.Page(wanted, before, beforeId, limit));
    JsonArrayBuilder items = Json.createArrayBuilder();
    page.forEach(run -> items.add(RunViews.run(run, runUri(run.id()), false)));
    var json = Json.createObjectBuilder().add("items", items);
    Response.ResponseBuilder response = Response.ok();
    if (page.size() == limit) {
      RunRow last = page.get(page.size() - 1);
      String next =
          Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(
                  (last.createdAt().toString() + "|" + last.id()).getBytes(StandardCharsets.UTF_8));
      URI nextUri = uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build();
      json.add("next", nextUri.toString());
      response.link(nextUri, "next");
    } else {
      json.addNull("next");
    }
    return response.type(MediaType.APPLICATION_JSON).entity(json.build().toString()).build();
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.REVIEWER, Role.SUBMITTER})
  @RateLimit(OperationKind.READ)
  @Operation(summary = "A run: state, progress, inputs with checksums, engine, summary, timings")
  @APIResponse(responseCode = "200", description = "The run.")
  @APIResponse(responseCode = "404", description = "No such run in your organisation.")
  public Response get(@PathParam("id") String id) throws SQLException {
    RunRow run = find(id);
    return Response.ok(
            RunViews.run(run, runUri(run.id()), true).toString(), MediaType.APPLICATION_JSON)
        .build();
  }

  @POST
  @Path("{id}/cancel")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.SUBMITTER)
  @RateLimit(OperationKind.READ)
  @Operation(summary = "Cancel a queued or running run")
  @APIResponse(
      responseCode = "202",
      description =
          "A queued run is FAILED (CANCELLED) at once; a running one stops within seconds.")
  @APIResponse(responseCode = "409", description = "The run already ended.")
  public Response cancel(@PathParam("id") String id) throws SQLException {
    RunRow run = runs.cancel(caller.get(), parse(id));
    return Response.status(Response.Status.ACCEPTED)
        .type(MediaType.APPLICATION_JSON)
        .entity(RunViews.run(run, runUri(run.id()), true).toString())
        .build();
  }

  @POST
  @Path("{id}/retry")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.SUBMITTER)
  @RateLimit(OperationKind.RUN)
  @Operation(summary = "Queue a new run with a failed run's inputs")
  @APIResponse(responseCode = "202", description = "Queued; Location names the new run.")
  @APIResponse(responseCode = "409", description = "The run did not fail.")
  public Response retry(@PathParam("id") String id) throws SQLException {
    return accepted(runs.retry(caller.get(), parse(id)));
  }

  @GET
  @Path("{id}/findings")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.REVIEWER, Role.SUBMITTER})
  @RateLimit(OperationKind.READ)
  @Operation(summary = "A run's findings, paged, filtered by rule, dataset, severity and subject")
  @APIResponse(responseCode = "200", description = "One page; 'next' continues.")
  public Response findings(
      @PathParam("id") String id,
      @QueryParam("rule") String rule,
      @QueryParam("dataset") String dataset,
      @QueryParam("severity") String severity,
      @QueryParam("subject") String subject,
      @QueryParam("after") @DefaultValue("0") long after,
      @QueryParam("limit") @DefaultValue("100") int limit)
      throws SQLException {
    RunRow run = find(id);
    checkLimit(limit, MAX_LIMIT);
    if (severity != null && !SEVERITIES.contains(severity)) {
      throw new ProblemException(
          RunProblems.badRequest("severity must be one of Error, Warning, Notice"));
    }
    if (after < 0) {
      throw new ProblemException(RunProblems.badRequest("after must not be negative"));
    }
    List<FindingsQuery.Row> rows =
        findings.page(
            run.tenant(),
            run.id(),
            new FindingsQuery.Filter(
                blankToNull(rule),
                blankToNull(dataset) == null ? null : dataset.toUpperCase(Locale.ROOT),
                severity,
                blankToNull(subject),
                after,
                limit));
    JsonArrayBuilder items = Json.createArrayBuilder();
    rows.forEach(row -> items.add(RunViews.finding(row)));
    var json = Json.createObjectBuilder().add("runState", run.state().name()).add("items", items);
    Response.ResponseBuilder response = Response.ok();
    if (rows.size() == limit) {
      URI next =
          uri.getRequestUriBuilder()
              .replaceQueryParam("after", rows.get(rows.size() - 1).id())
              .build();
      json.add("next", next.toString());
      response.link(next, "next");
    } else {
      json.addNull("next");
    }
    return response.type(MediaType.APPLICATION_JSON).entity(json.build().toString()).build();
  }

  /**
   * A succeeded run's report, rendered on its first request and stored with its SHA-256; later
   * requests serve the same bytes ({@code ETag} is the SHA-256). The bytes are checked as they are
   * sent; a stored report that no longer matches cuts the transfer short and is rendered again.
   */
  @GET
  @Path("{id}/reports/{format}")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({Role.REVIEWER, Role.SUBMITTER})
  @RateLimit(OperationKind.READ)
  @Operation(summary = "A succeeded run's report: json, csv, xlsx (Pinnacle 21's sheets) or html")
  @APIResponse(responseCode = "200", description = "The report.")
  @APIResponse(responseCode = "304", description = "If-None-Match matched the ETag.")
  @APIResponse(responseCode = "404", description = "No such run, or no such report format.")
  @APIResponse(responseCode = "409", description = "The run has not succeeded.")
  public Response report(
      @PathParam("id") String id,
      @PathParam("format") String format,
      @HeaderParam("If-None-Match") String ifNoneMatch)
      throws SQLException, IOException {
    RunRow run = find(id);
    ReportFormat wanted =
        ReportFormat.fromPath(format)
            .orElseThrow(() -> new ProblemException(RunProblems.unknownReportFormat(format)));
    if (run.state() != RunState.SUCCEEDED) {
      throw new ProblemException(RunProblems.noReportYet(run));
    }
    StoredReport report = reports.obtain(run, wanted);
    Sha256 digest = new Sha256(report.sha256());
    String etag = "\"" + digest.hex() + "\"";
    if (etag.equals(ifNoneMatch)) {
      return Response.notModified().header("ETag", etag).build();
    }
    Caller who = caller.get();
    audit.record(
        who.tenant(),
        who.subject(),
        "report.downloaded",
        "run",
        run.id().toString(),
        null,
        Map.of("format", wanted.pathWord(), "sha256", digest.hex()),
        null);
    StreamingOutput bytes =
        (OutputStream out) -> {
          try (InputStream in = reports.open(report)) {
            in.transferTo(out);
          }
        };
    return Response.ok(bytes, wanted.mediaType())
        .header("ETag", etag)
        .header("Repr-Digest", digest.digestField())
        .header("Content-Length", report.sizeBytes())
        .header("Cache-Control", "private, no-cache")
        .header(
            "Content-Disposition",
            (wanted == ReportFormat.HTML ? "inline" : "attachment")
                + "; filename=\"trialsage-run-"
                + run.id()
                + "."
                + wanted.fileExtension()
                + "\"")
        .build();
  }

  private RunRow find(String id) throws SQLException {
    return records
        .find(caller.get().tenant().value(), parse(id))
        .orElseThrow(() -> new ProblemException(RunProblems.notFound(id)));
  }

  // An id that is not a UUID names no run: 404, as for another tenant's run.
  static UUID parse(String id) {
    try {
      UUID uuid = UUID.fromString(id);
      if (uuid.toString().equals(id.toLowerCase(Locale.ROOT))) {
        return uuid;
      }
    } catch (IllegalArgumentException e) {
      // falls through
    }
    throw new ProblemException(RunProblems.notFound(id.length() > 40 ? id.substring(0, 40) : id));
  }

  private static void checkLimit(int limit, int max) {
    if (limit < 1 || limit > max) {
      throw new ProblemException(
          RunProblems.badRequest("limit must be between 1 and " + max + ", was " + limit));
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private URI runUri(UUID id) {
    return uri.getBaseUriBuilder().path("v1/runs").path(id.toString()).build();
  }
}
