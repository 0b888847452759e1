package io.veil.worker.backend;

/** A batch that a backend could not answer. The message never holds content. */
public final class BackendException extends Exception {

  private static final long serialVersionUID = 1L;

  public BackendException(String message) {
    super(message);
  }

  public BackendException(String message, Throwable cause) {
    super(message, cause);
  }
}
