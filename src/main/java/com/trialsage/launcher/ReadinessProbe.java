package com.trialsage.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** One GET of {@code /health/ready}; the answer, or why there was none. */
final class ReadinessProbe {

  /**
   * Generous: Payara parks requests that arrive while it deploys, and a loaded machine answers the
   * first health check slowly; short timeouts only pile up abandoned requests.
   */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  /** Plain HTTP/1.1: the JDK client would otherwise try an h2c upgrade on every new connection. */
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(REQUEST_TIMEOUT)
          .build();

  private final URI uri;

  ReadinessProbe(int port) {
    this.uri = URI.create("http://127.0.0.1:" + port + "/health/ready");
  }

  record Answer(int status, String body) {
    boolean ready() {
      return status == 200;
    }

    /** Payara Micro answers this way once it has started without any application. */
    boolean noApplication() {
      return body.contains("No Application deployed");
    }

    String summary() {
      String text = body.strip().replaceAll("\\s+", " ");
      return status
          + (text.isEmpty()
              ? ""
              : " " + (text.length() > 200 ? text.substring(0, 200) + "…" : text));
    }
  }

  /** The answer; status 0 and the error as body when there was no HTTP answer. */
  Answer probe() throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET().build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      return new Answer(0, "no answer (" + e.getClass().getSimpleName() + ")");
    }
  }
}
