package io.veil.worker;

/** A configuration value that is missing or invalid. The message names the key and its source. */
public final class ConfigException extends Exception {

  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
