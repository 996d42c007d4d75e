package com.trialsage.web;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URI naming the kind of problem, {@code
 * title} a short summary that does not change between occurrences, {@code detail} what a person can
 * do about this occurrence.
 */
public record Problem(
    int status, String type, String title, String detail, Map<String, Object> extensions) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);
  private static final String TYPE_BASE = "https://trialsage.dev/problems/";

  public Problem {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("a problem has a 4xx or 5xx status, not " + status);
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
    extensions = Map.copyOf(extensions);
  }

  /** A problem of the given kind, e.g. {@code of(401, "unauthorized", "…", "…")}. */
  public static Problem of(int status, String kind, String title, String detail) {
    return new Problem(status, TYPE_BASE + kind, title, detail, Map.of());
  }

  public Problem with(String key, Object value) {
    var copy = new LinkedHashMap<>(extensions);
    copy.put(key, value);
    return new Problem(status, type, title, detail, copy);
  }

  /** The JSON body; {@code instance} is the request path, {@code requestId} the request's id. */
  public String toJson(String instance, String requestId) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("type", type)
            .add("title", title)
            .add("status", status)
            .add("detail", detail);
    if (instance != null) {
      body.add("instance", instance);
    }
    if (requestId != null) {
      body.add("requestId", requestId);
    }
    extensions.forEach(
        (key, value) -> {
          if (value instanceof Long || value instanceof Integer) {
            body.add(key, ((Number) value).longValue());
          } else {
            body.add(key, String.valueOf(value));
          }
        });
    return body.build().toString();
  }

  /** A JAX-RS response carrying this problem. */
  public Response toResponse(String instance, String requestId) {
    return Response.status(status)
        .type(MEDIA)
        .entity(toJson(instance, requestId))
        .header("Cache-Control", "no-store")
        .build();
  }
}
