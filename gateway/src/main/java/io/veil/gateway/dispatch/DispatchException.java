package io.veil.gateway.dispatch;

/**
 * Why a dispatch failed, as a closed set of reasons (metrics label). Never holds content.
 */
public final class DispatchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why no valid answer came. */
  public enum Reason { NO_LIVE_WORKER, TIMEOUT, BAD_REPLY, WORKER_ERROR, OVERLOADED, CLOSED }

  private final Reason reason;

  public DispatchException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
