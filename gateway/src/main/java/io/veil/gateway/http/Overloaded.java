package io.veil.gateway.http;

/** The gateway is at its in-flight limit: answered with 503 and Retry-After. */
final class Overloaded extends RuntimeException {

  private static final long serialVersionUID = 1L;

  Overloaded() {
    super("too many events in flight", null, false, false);
  }
}
