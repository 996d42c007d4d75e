package com.trialsage.alerts;

import com.trialsage.config.SettingReader;
import java.net.URI;
import java.util.Objects;

/**
 * One configured receiver of alerts.
 *
 * @param name how logs and metrics name it: {@code slack}, {@code pagerduty} or {@code webhook}
 * @param target the absolute http(s) URL alerts are posted to
 * @param format what the receiver expects in the body
 */
record Channel(String name, URI target, AlertFormat format) {

  Channel {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(target, "target must not be null");
    Objects.requireNonNull(format, "format must not be null");
    if (!SettingReader.isHttpUrl(target)) {
      throw new IllegalArgumentException(
          "the target of channel " + name + " must be an absolute http or https URL with a host");
    }
  }

  /**
   * The target as logs may show it: scheme, host and port only. A Slack incoming webhook's path is
   * its credential, and other receivers may carry tokens in the path or query too.
   */
  String redactedTarget() {
    String port = target.getPort() == -1 ? "" : ":" + target.getPort();
    return target.getScheme() + "://" + target.getHost() + port;
  }

  /** The text with any occurrence of the full target replaced by {@link #redactedTarget()}. */
  String redact(String text) {
    if (text == null) {
      return "";
    }
    String redacted = text.replace(target.toString(), redactedTarget() + "/…");
    String path = target.getRawPath();
    return path == null || path.length() < 2 ? redacted : redacted.replace(path, "/…");
  }
}
