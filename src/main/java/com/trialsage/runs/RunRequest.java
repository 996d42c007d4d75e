package com.trialsage.runs;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A parsed {@code POST /api/v1/runs} body: either {@code uploads} (dataset upload ids) or {@code
 * package} (a zip upload), the standard and its version, the CT version and an optional {@code
 * define} upload. Parsing checks shape only; {@link RunService} checks the ids against the tenant's
 * uploads.
 */
record RunRequest(
    List<UUID> uploads,
    UUID packageId,
    String standard,
    String standardVersion,
    String ctVersion,
    UUID define) {

  static final int MAX_UPLOADS = 500;
  static final Set<String> STANDARDS = Set.of("SDTMIG");
  static final Set<String> VERSIONS = Set.of("3.2", "3.3", "3.4");
  private static final Set<String> FIELDS =
      Set.of("uploads", "package", "standard", "standardVersion", "ctVersion", "define");

  /** Parses and checks the body; the message of the exception is for the client. */
  static RunRequest parse(String body) {
    JsonObject json;
    try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new IllegalArgumentException("the body must be a JSON object");
      }
      json = value.asJsonObject();
    } catch (JsonException e) {
      throw new IllegalArgumentException("the body is not valid JSON");
    }
    for (String field : json.keySet()) {
      if (!FIELDS.contains(field)) {
        throw new IllegalArgumentException(
            "unknown field '"
                + field
                + "'; the fields are "
                + String.join(", ", FIELDS.stream().sorted().toList()));
      }
    }
    List<UUID> uploads = new ArrayList<>();
    if (json.containsKey("uploads") && !json.isNull("uploads")) {
      if (json.get("uploads").getValueType() != JsonValue.ValueType.ARRAY) {
        throw new IllegalArgumentException("'uploads' must be an array of upload ids");
      }
      JsonArray array = json.getJsonArray("uploads");
      if (array.size() > MAX_UPLOADS) {
        throw new IllegalArgumentException("at most " + MAX_UPLOADS + " uploads per run");
      }
      for (JsonValue item : array) {
        UUID id = uuid(item, "uploads[]");
        if (uploads.contains(id)) {
          throw new IllegalArgumentException("upload " + id + " is listed twice");
        }
        uploads.add(id);
      }
    }
    UUID packageId = optionalUuid(json, "package");
    if (uploads.isEmpty() == (packageId == null)) {
      throw new IllegalArgumentException(
          "give either 'uploads' (a non-empty array of dataset upload ids) or 'package' (a zip"
              + " upload id), not both");
    }
    String standard = text(json, "standard", "SDTMIG").toUpperCase(Locale.ROOT);
    if (!STANDARDS.contains(standard)) {
      throw new IllegalArgumentException("'standard' must be SDTMIG");
    }
    String version = text(json, "standardVersion", null);
    if (version == null || !VERSIONS.contains(version)) {
      throw new IllegalArgumentException("'standardVersion' must be one of 3.2, 3.3, 3.4");
    }
    String ct = text(json, "ctVersion", null);
    if (ct == null) {
      throw new IllegalArgumentException(
          "'ctVersion' is required: the date of an installed NCI CT release, e.g. 2025-03-25");
    }
    return new RunRequest(
        List.copyOf(uploads), packageId, standard, version, ct, optionalUuid(json, "define"));
  }

  private static String text(JsonObject json, String field, String fallback) {
    if (!json.containsKey(field) || json.isNull(field)) {
      return fallback;
    }
    if (json.get(field).getValueType() != JsonValue.ValueType.STRING) {
      throw new IllegalArgumentException("'" + field + "' must be a string");
    }
    String value = json.getString(field).strip();
    if (value.isEmpty() || value.length() > 32) {
      throw new IllegalArgumentException("'" + field + "' must have 1 to 32 characters");
    }
    return value;
  }

  private static UUID optionalUuid(JsonObject json, String field) {
    return !json.containsKey(field) || json.isNull(field) ? null : uuid(json.get(field), field);
  }

  private static UUID uuid(JsonValue value, String field) {
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      throw new IllegalArgumentException("'" + field + "' must hold upload ids (strings)");
    }
    String text = ((JsonString) value).getString();
    try {
      UUID id = UUID.fromString(text);
      if (!id.toString().equals(text.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException();
      }
      return id;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + field + "': '" + abbreviate(text) + "' is not an upload id");
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
