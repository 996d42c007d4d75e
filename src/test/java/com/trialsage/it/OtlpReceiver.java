package com.trialsage.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An OTLP/HTTP trace collector's receiving end on a loopback port: records each export request. The
 * bodies are protobuf, whose strings are plain UTF-8, so a test can look for a span's attributes
 * without decoding the message.
 */
final class OtlpReceiver implements AutoCloseable {
  /** One export: its path, content type and body. */
  record Export(String path, String contentType, byte[] body) {
    boolean mentions(String text) {
      return new String(body, StandardCharsets.ISO_8859_1)
          .contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }
  }

  private final HttpServer server;
  private final List<Export> exports = new CopyOnWriteArrayList<>();

  private OtlpReceiver(HttpServer server) {
    this.server = server;
  }

  static OtlpReceiver start(int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    OtlpReceiver receiver = new OtlpReceiver(server);
    server.createContext(
        "/",
        exchange -> {
          receiver.exports.add(
              new Export(
                  exchange.getRequestURI().getPath(),
                  exchange.getRequestHeaders().getFirst("Content-Type"),
                  exchange.getRequestBody().readAllBytes()));
          exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
    return receiver;
  }

  List<Export> exports() {
    return List.copyOf(exports);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
