package io.veil.gateway.config;

import java.util.Locale;
import java.util.Optional;

/** How a sensitive value of a category is removed from an event. */
public enum RedactionMode {
  /** Replace the value's span in place with {@code [REDACTED:category]}. */
  REPLACE("replace", "redacted"),
  /** Remove the whole field (or URL parameter) that holds the value. */
  DROP("drop", "dropped"),
  /** Replace the span with a keyed HMAC-SHA256 of the value, so that equal values still join. */
  HASH("hash", "hashed"),
  /** Replace every character of the span but the last four with {@code *}. */
  MASK_LAST4("mask_last4", "masked");

  private final String configName;
  private final String action;

  RedactionMode(String configName, String action) {
    this.configName = configName;
    this.action = action;
  }

  /** The name used in configuration files and environment variables. */
  public String configName() {
    return configName;
  }

  /** The {@code action} a finding reports when this mode was applied. */
  public String action() {
    return action;
  }

  /** Looks a mode up by its configuration name, case-insensitively. */
  public static Optional<RedactionMode> fromConfigName(String name) {
    String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    for (RedactionMode m : values()) {
      if (m.configName.equals(n)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
