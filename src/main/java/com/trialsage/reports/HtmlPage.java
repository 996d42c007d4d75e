package com.trialsage.reports;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * An HTML page being written out. Every text and attribute value passes through {@link
 * #escape(String)}: findings carry values from the submitted datasets, which nobody vetted.
 */
final class HtmlPage {
  private final Writer out;

  HtmlPage(Writer out) {
    this.out = out;
  }

  /** The text with {@code & < > " '} replaced by character references; "" for null. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** A count as the page shows it, with thousands separators whatever the server's locale. */
  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** Markup written as is: only ever a constant of ours, never a value from the source. */
  HtmlPage markup(String markup) throws IOException {
    out.write(markup);
    return this;
  }

  HtmlPage text(String text) throws IOException {
    out.write(escape(text));
    return this;
  }

  /** An element holding escaped text, such as {@code <h2>Run</h2>}. */
  HtmlPage element(String tag, String text) throws IOException {
    return markup("<" + tag + ">").text(text).markup("</" + tag + ">\n");
  }

  /** An element with a class, holding escaped text. */
  HtmlPage element(String tag, String cssClass, String text) throws IOException {
    return markup("<" + tag + " class=\"" + escape(cssClass) + "\">")
        .text(text)
        .markup("</" + tag + ">\n");
  }

  /** Opens a table and writes its header row. */
  HtmlPage tableStart(String... headers) throws IOException {
    markup("<table>\n<thead><tr>");
    for (String header : headers) {
      markup("<th scope=\"col\">").text(header).markup("</th>");
    }
    return markup("</tr></thead>\n<tbody>\n");
  }

  /** A table row; each cell is escaped text, numbers right-aligned. */
  HtmlPage tableRow(Object... cells) throws IOException {
    markup("<tr>");
    for (Object cell : cells) {
      if (cell instanceof Long number) {
        markup("<td class=\"n\">").text(count(number)).markup("</td>");
      } else {
        markup("<td>").text(cell == null ? "" : cell.toString()).markup("</td>");
      }
    }
    return markup("</tr>\n");
  }

  HtmlPage tableEnd() throws IOException {
    return markup("</tbody>\n</table>\n");
  }
}
