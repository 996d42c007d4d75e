package com.trialsage.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The generic alert webhook's receiving end, on the loopback port failsafe gave the container as
 * {@code TRIALSAGE_ALERTS_WEBHOOK_URL}: records each delivery and whether its signature verified.
 */
final class AlertReceiver implements AutoCloseable {
  /** The secret failsafe gave the container as {@code TRIALSAGE_ALERTS_WEBHOOK_SECRET}. */
  static final String SECRET = "it-webhook-secret";

  /** One delivery: the body and whether its {@code X-TrialSage-Signature} matched. */
  record Delivery(JsonObject body, boolean signed) {}

  private final HttpServer server;
  private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

  private AlertReceiver(HttpServer server) {
    this.server = server;
  }

  static AlertReceiver start() throws IOException {
    int port = Integer.parseInt(TestEnvironment.required("it.alerts.port"));
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    AlertReceiver receiver = new AlertReceiver(server);
    server.createContext(
        "/hook",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String signature = exchange.getRequestHeaders().getFirst("X-TrialSage-Signature");
          receiver.deliveries.add(
              new Delivery(
                  Json.createReader(new StringReader(body)).readObject(),
                  ("sha256=" + hmac(body)).equals(signature)));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
    return receiver;
  }

  /** The deliveries of one alert key, in arrival order. */
  List<Delivery> of(String key) {
    return deliveries.stream().filter(d -> d.body().getString("key").equals(key)).toList();
  }

  private static String hmac(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
