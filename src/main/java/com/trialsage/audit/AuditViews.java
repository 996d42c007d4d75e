package com.trialsage.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** The JSON of an audit event in the API. */
final class AuditViews {
  private AuditViews() {}

  static JsonObject event(AuditEvent event) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("id", event.id());
    json.add("occurredAt", event.occurredAt().toString());
    text(json, "subject", event.subject());
    text(json, "action", event.action());
    text(json, "objectType", event.objectType());
    text(json, "objectId", event.objectId());
    json.add("oldValue", jsonValue(event.oldValue()));
    json.add("newValue", jsonValue(event.newValue()));
    text(json, "reason", event.reason());
    text(json, "requestId", event.requestId());
    text(json, "hash", event.hash());
    text(json, "previousHash", event.previousHash());
    return json.build();
  }

  private static void text(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }

  private static JsonValue jsonValue(String stored) {
    if (stored == null) {
      return JsonValue.NULL;
    }
    try (var reader = Json.createReader(new StringReader(stored))) {
      return reader.readValue();
    }
  }
}
