package com.trialsage.web;

/** The problems the HTTP boundary answers with, worded for the person reading them. */
public final class Problems {
  private Problems() {}

  public static Problem notFound(String path) {
    return Problem.of(
        404,
        "not-found",
        "Not Found",
        "Nothing exists at " + path + ". The API lives under /api/v1; see /openapi.");
  }

  public static Problem methodNotAllowed(String method, String path) {
    return Problem.of(
        405,
        "method-not-allowed",
        "Method Not Allowed",
        path + " does not accept " + method + ". See /openapi for the methods it accepts.");
  }

  public static Problem unauthorized(String detail) {
    return Problem.of(401, "unauthorized", "Unauthorized", detail);
  }

  public static Problem forbidden() {
    return Problem.of(
        403,
        "forbidden",
        "Forbidden",
        "Your token does not carry a role that may do this. Ask your administrator for the"
            + " role this operation needs.");
  }

  /**
   * A query parameter the runtime could not convert to its declared type (a word where a number
   * belongs), named when the runtime says which one it was.
   */
  public static Problem badParameter(String name) {
    String which = name == null ? "A query parameter" : "The query parameter '" + name + "'";
    return Problem.of(
        400,
        "bad-parameter",
        "Bad Parameter",
        which + " has the wrong form: send a whole number where the API documents one.");
  }

  public static Problem internalError() {
    return Problem.of(
        500,
        "internal-error",
        "Internal Server Error",
        "The request failed on our side. Retry later; if it persists, report the request id.");
  }

  public static Problem generic(int status) {
    String title =
        jakarta.ws.rs.core.Response.Status.fromStatusCode(status) == null
            ? "Error " + status
            : jakarta.ws.rs.core.Response.Status.fromStatusCode(status).getReasonPhrase();
    String detail =
        switch (status) {
          case 406 ->
              "This operation cannot answer in a media type your Accept header allows;"
                  + " /openapi lists what each operation produces.";
          case 415 ->
              "This operation does not take a body of this Content-Type;"
                  + " /openapi lists what each operation consumes (most take application/json).";
          default -> "The request failed with " + title + ".";
        };
    return Problem.of(status, "http-" + status, title, detail);
  }
}
