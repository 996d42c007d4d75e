package com.trialsage.ops.errors;

import io.sentry.Breadcrumb;
import io.sentry.Hint;
import io.sentry.SentryEvent;
import io.sentry.SentryOptions;
import io.sentry.protocol.Message;
import io.sentry.protocol.Request;
import io.sentry.protocol.SentryException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The last step before an event leaves the process (Sentry's {@code beforeSend}): removes what may
 * carry a credential or personal data. A request keeps only its method and path: headers
 * (Authorization, cookies), query string, body and environment go; so does the user, and the query
 * string of the transaction name. Free text (message, exception values, extras, breadcrumbs, tags)
 * loses anything shaped like a token, a key or a password.
 */
final class EventScrubber implements SentryOptions.BeforeSendCallback {
  static final String FILTERED = "[Filtered]";

  // A JWS in compact form ("eyJ" is base64url for "{\""), as LogScanIT looks for in the logs.
  private static final Pattern JWT =
      Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");
  private static final Pattern AUTH_SCHEME =
      Pattern.compile("(?i)\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]+");
  private static final Pattern NAMED_SECRET =
      Pattern.compile(
          "(?i)\\b(password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|secret[_-]?key"
              + "|routing[_-]?key|authorization|cookie|session"
              + "|(?:x-amz-)?(?:signature|credential|security-token))"
              + "(\"?\\s*[=:]\\s*\"?(?:(?:Bearer|Basic|Token|Digest)\\s+)?)[^\\s&\"',;]+");
  private static final Pattern URL_CREDENTIALS = Pattern.compile("(://)[^/\\s@]+@");

  @Override
  public SentryEvent execute(SentryEvent event, Hint hint) {
    event.setUser(null);
    if (event.getRequest() != null) {
      event.setRequest(pathOnly(event.getRequest()));
    }
    event.setTransaction(withoutQuery(event.getTransaction()));
    scrubMessage(event.getMessage());
    if (event.getExceptions() != null) {
      for (SentryException exception : event.getExceptions()) {
        exception.setValue(scrub(exception.getValue()));
      }
    }
    if (event.getExtras() != null) {
      event.setExtras(scrubValues(event.getExtras()));
    }
    if (event.getTags() != null) {
      event.getTags().replaceAll((name, value) -> scrub(value));
    }
    if (event.getBreadcrumbs() != null) {
      for (Breadcrumb breadcrumb : event.getBreadcrumbs()) {
        breadcrumb.setMessage(scrub(breadcrumb.getMessage()));
        breadcrumb.getData().clear();
      }
    }
    return event;
  }

  /** The text with every token, key, password and URL credential replaced by [Filtered]. */
  static String scrub(String text) {
    if (text == null) {
      return null;
    }
    String scrubbed = JWT.matcher(text).replaceAll(FILTERED);
    scrubbed = AUTH_SCHEME.matcher(scrubbed).replaceAll("$1 " + FILTERED);
    scrubbed = NAMED_SECRET.matcher(scrubbed).replaceAll("$1$2" + FILTERED);
    return URL_CREDENTIALS.matcher(scrubbed).replaceAll("$1" + FILTERED + "@");
  }

  private static Request pathOnly(Request original) {
    Request request = new Request();
    request.setMethod(original.getMethod());
    request.setUrl(withoutQuery(original.getUrl()));
    return request;
  }

  private static String withoutQuery(String url) {
    if (url == null) {
      return null;
    }
    int end = url.length();
    for (char separator : new char[] {'?', '#', ';'}) {
      int at = url.indexOf(separator);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return scrub(url.substring(0, end));
  }

  private static void scrubMessage(Message message) {
    if (message == null) {
      return;
    }
    message.setFormatted(scrub(message.getFormatted()));
    message.setMessage(scrub(message.getMessage()));
    if (message.getParams() != null) {
      message.setParams(message.getParams().stream().map(EventScrubber::scrub).toList());
    }
  }

  private static Map<String, Object> scrubValues(Map<String, Object> values) {
    Map<String, Object> scrubbed = new LinkedHashMap<>();
    values.forEach(
        (name, value) -> scrubbed.put(name, value instanceof String text ? scrub(text) : value));
    return scrubbed;
  }
}
