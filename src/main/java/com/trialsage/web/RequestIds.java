package com.trialsage.web;

import java.util.UUID;
import java.util.regex.Pattern;

/** Request ids: taken from {@code X-Request-Id} when it is safe to log and echo, else generated. */
public final class RequestIds {
  public static final String HEADER = "X-Request-Id";
  public static final String ATTRIBUTE = "trialsage.requestId";

  // Anything else could forge log fields or inject headers: letters, digits and -_.:/ only.
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:/-]{1,128}");

  private RequestIds() {}

  /** The client's id when it is safe, else a new random one. */
  public static String accept(String fromClient) {
    if (fromClient != null && SAFE.matcher(fromClient).matches()) {
      return fromClient;
    }
    return UUID.randomUUID().toString();
  }
}
