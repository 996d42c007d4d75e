package com.trialsage.launcher;

import java.net.URI;
import java.net.URISyntaxException;

/** Describes a JDBC URL for a log line without anything that could be a credential. */
final class DatabaseUrls {

  private DatabaseUrls() {}

  /**
   * {@code jdbc:postgresql://app:secret@db.example:5432/trialsage?password=x} becomes {@code
   * db.example:5432/trialsage}.
   */
  static String describe(String jdbcUrl) {
    try {
      URI uri = new URI(jdbcUrl.substring("jdbc:".length()));
      if (uri.isOpaque()) {
        // jdbc:postgresql:trialsage names a database on localhost:5432.
        String database = uri.getSchemeSpecificPart().split("\\?", 2)[0];
        return "localhost/" + database;
      }
      String authority = uri.getRawAuthority() == null ? "localhost" : uri.getRawAuthority();
      String hosts = authority.substring(authority.lastIndexOf('@') + 1);
      return hosts + (uri.getRawPath() == null ? "" : uri.getRawPath());
    } catch (URISyntaxException | IndexOutOfBoundsException e) {
      return "database (URL not shown)";
    }
  }
}
