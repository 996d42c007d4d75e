package com.trialsage.engine.read.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.trialsage.engine.model.InputFormatException;
import java.io.IOException;

/** Turns what is wrong with a Dataset-JSON file into an InputFormatException at a byte offset. */
final class JsonFailures {
  private final String fileName;
  private final String offsetNote;
  private JsonParser parser;

  /**
   * @param offsetNote appended to every reason, to say what the offsets count (for a compressed
   *     file: the decompressed bytes); empty when they count the file's bytes
   */
  JsonFailures(String fileName, String offsetNote) {
    this.fileName = fileName;
    this.offsetNote = offsetNote;
  }

  String fileName() {
    return fileName;
  }

  void watch(JsonParser parser) {
    this.parser = parser;
  }

  /** A failure at the start of the token the parser stands on. */
  InputFormatException atToken(String reason) {
    return failure(parser == null ? null : parser.currentTokenLocation(), reason);
  }

  /** A failure for JSON that Jackson could not parse, at the place it stopped. */
  InputFormatException brokenJson(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    if (location == null || location.getByteOffset() < 0) {
      location = parser == null ? null : parser.currentLocation();
    }
    return failure(location, "the JSON is malformed: " + e.getOriginalMessage());
  }

  /** Text that is not UTF-8, which Dataset-JSON 1.1 requires. */
  InputFormatException notUtf8(IOException e) {
    return failure(
        parser == null ? null : parser.currentLocation(),
        "the file is not UTF-8 text, which Dataset-JSON requires (" + e.getMessage() + ")");
  }

  /** A failure of the decompression of a DSJC file. */
  InputFormatException brokenCompression(IOException e) {
    return failure(
        parser == null ? null : parser.currentLocation(),
        "the compressed data is corrupt or cut short (" + e.getMessage() + ")");
  }

  private InputFormatException failure(JsonLocation location, String reason) {
    long offset = location == null ? 0 : Math.max(0, location.getByteOffset());
    return new InputFormatException(fileName, offset, reason + offsetNote);
  }

  /** The token the parser stands on, in words, for messages. */
  static String describe(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "the end of the file";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case END_ARRAY -> "the end of the array";
      case END_OBJECT -> "the end of the object";
      case VALUE_STRING -> "the string \"" + abbreviated(parser.getText()) + "\"";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + abbreviated(parser.getText());
      case VALUE_TRUE, VALUE_FALSE -> parser.getText();
      case VALUE_NULL -> "null";
      default -> token.toString();
    };
  }

  private static String abbreviated(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}
