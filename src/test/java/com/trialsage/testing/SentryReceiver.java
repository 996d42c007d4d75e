package com.trialsage.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

/**
 * Stands in for Sentry's ingestion endpoint ({@code POST /api/<project>/envelope/}) on 127.0.0.1:
 * records every envelope as it arrived (raw text, after gzip) and the events it carries. Held, it
 * answers nothing until closed, as an unreachable Sentry would.
 */
public final class SentryReceiver implements AutoCloseable {
  public static final String PUBLIC_KEY = "publickey";
  public static final String PROJECT = "42";

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<String> envelopes = new CopyOnWriteArrayList<>();
  private final List<String> paths = new CopyOnWriteArrayList<>();
  private final CountDownLatch released = new CountDownLatch(1);
  private final boolean held;

  private SentryReceiver(int port, boolean held) throws IOException {
    this.held = held;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  /** A receiver that answers every envelope with 200, on a free port (0) or the given one. */
  public static SentryReceiver start(int port) throws IOException {
    return new SentryReceiver(port, false);
  }

  /** A receiver that accepts connections but never answers. */
  public static SentryReceiver startHeld() throws IOException {
    return new SentryReceiver(0, true);
  }

  /** The DSN that points the SDK at this receiver. */
  public String dsn() {
    return "http://" + PUBLIC_KEY + "@127.0.0.1:" + server.getAddress().getPort() + "/" + PROJECT;
  }

  /** Every envelope's full text, as received. */
  public List<String> envelopes() {
    return List.copyOf(envelopes);
  }

  /** The request paths, in arrival order. */
  public List<String> paths() {
    return List.copyOf(paths);
  }

  /** The event items of every envelope, in arrival order. */
  public List<JsonObject> events() {
    List<JsonObject> events = new ArrayList<>();
    for (String envelope : envelopes) {
      String[] lines = envelope.split("\n");
      // Line 0 is the envelope header; then each item is a header line and a payload line.
      for (int i = 1; i + 1 < lines.length; i += 2) {
        if ("event".equals(json(lines[i]).getString("type", ""))) {
          events.add(json(lines[i + 1]));
        }
      }
    }
    return events;
  }

  /** The events carrying this tag value. */
  public List<JsonObject> eventsTagged(String tag, String value) {
    return events().stream()
        .filter(event -> event.containsKey("tags"))
        .filter(event -> value.equals(event.getJsonObject("tags").getString(tag, null)))
        .toList();
  }

  @Override
  public void close() {
    released.countDown();
    server.stop(0);
    threads.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    if (held) {
      try {
        released.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
      return;
    }
    String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
    paths.add(exchange.getRequestURI().getPath());
    envelopes.add(text(body, "gzip".equalsIgnoreCase(encoding)));
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, answer.length);
    exchange.getResponseBody().write(answer);
    exchange.close();
  }

  private static String text(byte[] body, boolean gzipped) throws IOException {
    try (InputStream in =
        gzipped
            ? new GZIPInputStream(new ByteArrayInputStream(body))
            : new ByteArrayInputStream(body)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static JsonObject json(String line) {
    try (JsonReader reader = Json.createReader(new StringReader(line))) {
      return reader.readObject();
    }
  }
}
