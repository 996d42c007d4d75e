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
      return latin1().contains(latin1(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Whether the export holds a span named {@code name} in the trace {@code traceIdHex}. An OTLP
     * Span message starts with its trace id (field 1: bytes 0x0A 0x10, then the 16 id bytes),
     * followed by span id, trace state and parent span id, then its name (field 5): the name starts
     * within a few dozen bytes of the trace id that owns it.
     */
    boolean hasSpanInTrace(String traceIdHex, String name) {
      byte[] id = java.util.HexFormat.of().parseHex(traceIdHex);
      byte[] marker = new byte[id.length + 2];
      marker[0] = 0x0A;
      marker[1] = 0x10;
      System.arraycopy(id, 0, marker, 2, id.length);
      String text = latin1();
      String wanted = latin1(name.getBytes(StandardCharsets.UTF_8));
      for (int at = text.indexOf(latin1(marker));
          at >= 0;
          at = text.indexOf(latin1(marker), at + 1)) {
        int nameAt = text.indexOf(wanted, at);
        if (nameAt >= 0 && nameAt - at < 96) {
          return true;
        }
      }
      return false;
    }

    private String latin1() {
      return latin1(body);
    }

    private static String latin1(byte[] bytes) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
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
