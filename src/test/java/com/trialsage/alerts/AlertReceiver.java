package com.trialsage.alerts;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP receiver on 127.0.0.1 that records every request and answers from a script, then with
 * a fallback answer. A hanging answer holds the request until {@link #release()}.
 */
final class AlertReceiver implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Received> requests = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedDeque<Answer> script = new ConcurrentLinkedDeque<>();
  private final CountDownLatch released = new CountDownLatch(1);
  private volatile Answer fallback = Answer.status(200);

  /** One request as it arrived. */
  record Received(String path, Map<String, List<String>> headers, String body) {
    JsonObject json() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    String header(String name) {
      return headers.entrySet().stream()
          .filter(header -> header.getKey().equalsIgnoreCase(name))
          .map(header -> header.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  /** How to answer one request. */
  record Answer(int status, Map<String, String> headers, boolean held) {
    static Answer status(int status) {
      return new Answer(status, Map.of(), false);
    }

    static Answer status(int status, String header, String value) {
      return new Answer(status, Map.of(header, value), false);
    }

    static Answer hang() {
      return new Answer(200, Map.of(), true);
    }
  }

  private AlertReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  static AlertReceiver start() throws IOException {
    return new AlertReceiver();
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Answers the next requests in this order, then with the fallback. */
  void script(Answer... answers) {
    script.addAll(List.of(answers));
  }

  void answerEveryRequest(Answer answer) {
    fallback = answer;
  }

  List<Received> requests() {
    return List.copyOf(requests);
  }

  /** Lets every held request be answered (200). */
  void release() {
    released.countDown();
  }

  @Override
  public void close() {
    release();
    server.stop(0);
    threads.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(
        new Received(exchange.getRequestURI().getPath(), exchange.getRequestHeaders(), body));
    Answer answer = script.isEmpty() ? fallback : script.pollFirst();
    if (answer.held()) {
      try {
        released.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        exchange.close();
        return;
      }
    }
    answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    exchange.sendResponseHeaders(answer.status(), -1);
    exchange.close();
  }
}
