package io.veil.worker.batch;

import io.veil.protocol.Message;

/** Where the batcher sends each request's answer; called from backend threads, thread-safe. */
@FunctionalInterface
public interface ReplySink {

  /**
   * Sends {@code message} (a reply or an error) to the peer the request came from.
   *
   * @param peer the opaque peer handle given to {@link Batcher#submit}
   */
  void send(Object peer, Message message);
}
