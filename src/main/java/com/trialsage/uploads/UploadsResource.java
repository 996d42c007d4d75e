package com.trialsage.uploads;

import com.trialsage.ratelimit.OperationKind;
import com.trialsage.ratelimit.RateLimit;
import com.trialsage.tenancy.Caller;
import com.trialsage.tenancy.CurrentCaller;
import com.trialsage.tenancy.Role;
import com.trialsage.web.Problem;
import com.trialsage.web.ProblemException;
import com.trialsage.web.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/v1/uploads}: upload, list, read, download and delete files. */
@Path("/v1/uploads")
@RequestScoped
public class UploadsResource {
  // After a refusal the rest of the body is read and dropped, so the client sees the answer
  // instead of a reset connection; beyond this, the connection is simply closed.
  private static final long DRAIN_LIMIT_BYTES = 64L * 1024 * 1024;

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(UploadsResource.class.getName());

  @Inject CurrentCaller caller;
  @Inject UploadService uploads;
  @Inject UploadRecords records;
  @Context UriInfo uri;
  @Context HttpServletRequest request;

  /**
   * Stores the request body as a new upload. The format is read from the content; the file name
   * (from {@code Content-Disposition} or {@code ?name=}) is metadata only. An optional {@code
   * Content-Digest} or {@code Repr-Digest} with {@code sha-256} is checked.
   */
  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.SUBMITTER)
  @RateLimit(OperationKind.UPLOAD)
  @Operation(summary = "Upload a dataset, Define-XML or zip study package")
  @APIResponse(responseCode = "201", description = "Stored; Location names the new upload.")
  @APIResponse(responseCode = "400", description = "A malformed digest header.")
  @APIResponse(responseCode = "413", description = "Over the size limit or the tenant's quota.")
  @APIResponse(responseCode = "415", description = "Not a format TrialSage reads.")
  @APIResponse(responseCode = "422", description = "Digest mismatch or an unsafe zip package.")
  public Response upload(
      InputStream body,
      @HeaderParam("Content-Disposition") String disposition,
      @HeaderParam("Content-Digest") String contentDigest,
      @HeaderParam("Repr-Digest") String reprDigest,
      @QueryParam("name") String name)
      throws IOException {
    try {
      Optional<Sha256> expected = expectedDigest(contentDigest, reprDigest);
      String header = contentDigest != null ? "Content-Digest" : "Repr-Digest";
      String fileName = FileNames.of(disposition, name, "upload");
      UploadService.Accepted accepted =
          uploads.accept(caller.get(), new ClientBodyInputStream(body), fileName, expected, header);
      Upload upload = accepted.upload();
      return Response.created(uri.getAbsolutePathBuilder().path(upload.id().toString()).build())
          .entity(
              UploadView.of(
                  upload,
                  upload.format() == UploadFormat.ZIP ? accepted.entries() : null,
                  upload.format() == UploadFormat.ZIP ? accepted.skippedEntries() : null))
          .build();
    } catch (ProblemException e) {
      drain(body);
      throw e;
    } catch (ClientBodyInputStream.InterruptedUploadException e) {
      // The client's doing, not ours: no stack trace, nothing kept, and likely nobody listening.
      LOG.info("Upload interrupted: " + e.getMessage());
      throw new ProblemException(UploadProblems.interrupted());
    }
  }

  private static Optional<Sha256> expectedDigest(String contentDigest, String reprDigest) {
    try {
      Optional<Sha256> content = ContentDigests.sha256("Content-Digest", contentDigest);
      Optional<Sha256> repr = ContentDigests.sha256("Repr-Digest", reprDigest);
      if (content.isPresent() && repr.isPresent() && !content.equals(repr)) {
        throw new IllegalArgumentException(
            "Content-Digest and Repr-Digest disagree; without a content coding they must match");
      }
      return content.isPresent() ? content : repr;
    } catch (IllegalArgumentException e) {
      throw new ProblemException(UploadProblems.badDigestHeader(e.getMessage()));
    }
  }

  private static void drain(InputStream body) {
    try {
      byte[] buffer = new byte[64 * 1024];
      long drained = 0;
      int read;
      while (drained < DRAIN_LIMIT_BYTES && (read = body.read(buffer)) > 0) {
        drained += read;
      }
    } catch (IOException e) {
      // The client went away: nothing to answer.
    }
  }

  /** The tenant's uploads, newest first, filtered and paged. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.REVIEWER, Role.SUBMITTER})
  @RateLimit(OperationKind.READ)
  @Operation(summary = "List uploads, newest first")
  @APIResponse(responseCode = "200", description = "A page of uploads.")
  @APIResponse(responseCode = "400", description = "A bad page, size, format or date.")
  public UploadView.Page list(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size,
      @QueryParam("format") String format,
      @QueryParam("name") String namePrefix,
      @QueryParam("createdAfter") String createdAfter,
      @QueryParam("createdBefore") String createdBefore) {
    if (page < 0 || size < 1 || size > UploadQuery.MAX_SIZE) {
      throw badParameter("page must be 0 or more and size 1 to " + UploadQuery.MAX_SIZE + ".");
    }
    UploadFormat wanted =
        format == null
            ? null
            : UploadFormat.fromLabel(format)
                .orElseThrow(
                    () ->
                        badParameter(
                            "format must be one of xport, dataset-json, ndjson, dsjc,"
                                + " define-xml, zip."));
    UploadQuery query =
        new UploadQuery(
            page,
            size,
            wanted,
            namePrefix == null || namePrefix.isEmpty() ? null : namePrefix,
            instant("createdAfter", createdAfter),
            instant("createdBefore", createdBefore));
    Caller current = caller.get();
    return new UploadView.Page(
        records.page(current.tenant(), query).stream().map(UploadView::of).toList(),
        page,
        size,
        records.count(current.tenant(), query));
  }

  private static Instant instant(String parameter, String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw badParameter(parameter + " must be an ISO-8601 instant such as 2026-01-31T00:00:00Z.");
    }
  }

  private static ProblemException badParameter(String detail) {
    return new ProblemException(Problem.of(400, "bad-parameter", "Bad Parameter", detail));
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.REVIEWER, Role.SUBMITTER})
  @RateLimit(OperationKind.READ)
  @Operation(summary = "An upload's metadata")
  @APIResponse(responseCode = "200", description = "The upload.")
  @APIResponse(responseCode = "404", description = "No such upload of your organisation.")
  public UploadView get(@PathParam("id") String id) {
    Upload upload = find(id);
    if (upload.format() == UploadFormat.ZIP) {
      return UploadView.of(upload, records.entriesOf(upload.tenant(), upload.id()), null);
    }
    return UploadView.of(upload);
  }

  /**
   * The upload's bytes, streamed, with {@code ETag} (the SHA-256) and {@code Repr-Digest}. The
   * bytes are hashed as they are sent; if they no longer match, the transfer is cut short and the
   * integrity failure is alerted.
   */
  @GET
  @Path("{id}/content")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({Role.REVIEWER, Role.SUBMITTER})
  @RateLimit(OperationKind.READ)
  @Operation(summary = "Download an upload's bytes")
  @APIResponse(responseCode = "200", description = "The bytes.")
  @APIResponse(responseCode = "304", description = "If-None-Match matched the ETag.")
  @APIResponse(responseCode = "404", description = "No such upload of your organisation.")
  public Response content(
      @PathParam("id") String id, @HeaderParam("If-None-Match") String ifNoneMatch) {
    Upload upload = find(id);
    String etag = "\"" + upload.sha256().hex() + "\"";
    if (etag.equals(ifNoneMatch)) {
      return Response.notModified().header("ETag", etag).build();
    }
    StreamingOutput bytes =
        (OutputStream out) -> {
          try (InputStream in = uploads.openVerified(upload)) {
            in.transferTo(out);
          }
        };
    return Response.ok(bytes, MediaType.APPLICATION_OCTET_STREAM_TYPE)
        .header("ETag", etag)
        .header("Repr-Digest", upload.sha256().digestField())
        .header("Content-Length", upload.sizeBytes())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + upload.fileName().replaceAll("[\"\\\\]", "_") + "\"")
        .build();
  }

  /**
   * Checks the stored bytes against the recorded SHA-256 now, as a validation run does before it
   * uses an upload.
   */
  @POST
  @Path("{id}/verification")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.REVIEWER, Role.SUBMITTER, Role.OPERATOR})
  @RateLimit(OperationKind.READ)
  @Operation(summary = "Verify an upload's stored bytes")
  @APIResponse(responseCode = "200", description = "The bytes match.")
  @APIResponse(responseCode = "409", description = "The bytes changed; operators are alerted.")
  public UploadView verify(@PathParam("id") String id) {
    Upload upload = find(id);
    try {
      uploads.verify(upload, "use");
    } catch (IntegrityException e) {
      throw new ProblemException(UploadProblems.integrityFailure(upload.id()));
    }
    return UploadView.of(upload);
  }

  /** Deletes an upload (a package with its entries); recorded in the audit trail. */
  @DELETE
  @Path("{id}")
  @RolesAllowed(Role.SUBMITTER)
  @RateLimit(OperationKind.UPLOAD)
  @Operation(summary = "Delete an upload")
  @APIResponse(responseCode = "204", description = "Deleted.")
  @APIResponse(responseCode = "404", description = "No such upload of your organisation.")
  @APIResponse(responseCode = "409", description = "A validation run uses it.")
  public Response delete(@PathParam("id") String id, @QueryParam("reason") String reason) {
    Upload upload = find(id);
    Caller current = caller.get();
    if (!uploads.delete(upload, current.subject(), "upload.deleted", reason)) {
      throw new ProblemException(UploadProblems.usedByRun(upload.id()));
    }
    return Response.noContent().build();
  }

  private Upload find(String id) {
    Caller current = caller.get();
    return UploadId.parse(id)
        .flatMap(uploadId -> records.find(current.tenant(), uploadId))
        .orElseThrow(() -> new ProblemException(Problems.notFound(request.getRequestURI())));
  }
}
