package io.veil.gateway.config;

/** A configuration key is missing, unknown or invalid. The message names the key, not its value. */
public final class ConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates an exception whose message names the offending key and the rule it broke. */
  public ConfigException(String key, String rule) {
    super("config key '" + key + "': " + rule);
  }
}
