package io.veil.protocol;

/** A frame that is not a valid message. The message names the rule broken, never content. */
public final class ProtocolException extends Exception {

  private static final long serialVersionUID = 1L;

  public ProtocolException(String message) {
    super(message);
  }

  public ProtocolException(String message, Throwable cause) {
    super(message, cause);
  }
}
