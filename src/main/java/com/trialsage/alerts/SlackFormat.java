package com.trialsage.alerts;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A Slack incoming-webhook message: {@code text} for notifications and clients without blocks, and
 * Block Kit {@code blocks} (a header, then a section whose fields are severity, status, key, source
 * and the details). Plain text throughout, so details cannot inject links or mentions.
 */
final class SlackFormat implements AlertFormat {
  // Block Kit limits: header text 150 characters, section text 3000, at most 10 fields of 2000.
  private static final int HEADER_CHARS = 150;
  private static final int SECTION_CHARS = 3000;
  private static final int FIELD_CHARS = 2000;
  private static final int FIELDS = 10;
  private static final int FIXED_FIELDS = 4;

  private final String source;

  SlackFormat(String source) {
    this.source = Objects.requireNonNull(source, "source must not be null");
  }

  @Override
  public String body(AlertEvent event) {
    String headline = "[" + word(event.status()) + "] " + event.summary();
    JsonArrayBuilder blocks =
        Json.createArrayBuilder().add(header(AlertFormat.clip(headline, HEADER_CHARS)));
    if (headline.length() > HEADER_CHARS) {
      blocks.add(
          Json.createObjectBuilder()
              .add("type", "section")
              .add("text", plain(AlertFormat.clip(event.summary(), SECTION_CHARS))));
    }
    blocks.add(Json.createObjectBuilder().add("type", "section").add("fields", fields(event)));
    return Json.createObjectBuilder()
        .add("text", escaped(headline + " (" + word(event.severity()) + ")"))
        .add("blocks", blocks)
        .build()
        .toString();
  }

  private static JsonObject header(String text) {
    return Json.createObjectBuilder().add("type", "header").add("text", plain(text)).build();
  }

  private JsonArrayBuilder fields(AlertEvent event) {
    JsonArrayBuilder fields =
        Json.createArrayBuilder()
            .add(field("Severity", word(event.severity())))
            .add(field("Status", word(event.status())))
            .add(field("Key", event.key()))
            .add(field("Source", source));
    List<Map.Entry<String, String>> details =
        event.details().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    int room = FIELDS - FIXED_FIELDS;
    int shown = details.size() <= room ? details.size() : room - 1;
    details.stream()
        .limit(shown)
        .forEach(detail -> fields.add(field(detail.getKey(), detail.getValue())));
    if (shown < details.size()) {
      fields.add(field("More", (details.size() - shown) + " further details not shown"));
    }
    return fields;
  }

  private static JsonObject field(String name, String value) {
    return plain(AlertFormat.clip(name + "\n" + value, FIELD_CHARS));
  }

  private static JsonObject plain(String text) {
    return Json.createObjectBuilder().add("type", "plain_text").add("text", text).build();
  }

  private static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** The {@code text} field is mrkdwn, where Slack reads {@code &}, {@code <} and {@code >}. */
  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
