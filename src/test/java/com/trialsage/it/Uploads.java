package com.trialsage.it;

import static com.trialsage.it.Tokens.token;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Helpers for upload container tests: reference files, requests, and what storage holds. */
final class Uploads {
  private Uploads() {}

  static Path reference(String relative) {
    return Path.of(TestEnvironment.required("trialsage.shared.data")).resolve(relative);
  }

  static byte[] bytes(String relative) throws IOException {
    return Files.readAllBytes(reference(relative));
  }

  static HttpRequest.Builder post(Http http, String tenant, String name, byte[] body) {
    return HttpRequest.newBuilder(http.uri("/api/v1/uploads?name=" + name))
        .header("Authorization", "Bearer " + token().tenant(tenant).build())
        .header("Content-Type", "application/octet-stream")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
  }

  static HttpResponse<String> upload(Http http, String tenant, String name, byte[] body)
      throws Exception {
    return http.send(post(http, tenant, name, body));
  }

  static Path objects(String tenant) {
    return Path.of(TestEnvironment.required("it.work.dir"), "data", "objects", tenant);
  }

  /** Every file under the tenant's object folder, temporary ones included. */
  static List<Path> storedFiles(String tenant) throws IOException {
    Path folder = objects(tenant);
    if (!Files.exists(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  static long rows(String sql, Object... parameters) throws SQLException {
    try (Connection db = TestEnvironment.database();
        PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  static String text(String sql, Object... parameters) throws SQLException {
    try (Connection db = TestEnvironment.database();
        PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        return result.next() ? result.getString(1) : null;
      }
    }
  }

  static void execute(String sql, Object... parameters) throws SQLException {
    try (Connection db = TestEnvironment.database();
        PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }

  /** A zip of the given entries: name, then content, alternating. */
  static byte[] zip(Object... namesAndContents) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
        zip.write((byte[]) namesAndContents[i + 1]);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
