package io.veil.worker.batch;

import io.veil.protocol.Message;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One request whose items are spread over batches: gathers their results and sends one reply when
 * the last arrives, or one error on the first failure. Writes to {@code results} happen before the
 * decrement of {@code remaining}, so the thread that takes it to zero sees them all.
 */
final class PendingRequest {

  final Object peer;
  final Message.Request request;
  final long receivedNanos;
  private final Message.ItemResult[] results;
  private final AtomicInteger remaining;
  private final AtomicBoolean answered = new AtomicBoolean();
  private final AtomicLong queueMicros = new AtomicLong();
  private final AtomicLong inferenceMicros = new AtomicLong();

  PendingRequest(Object peer, Message.Request request, long receivedNanos) {
    this.peer = peer;
    this.request = request;
    this.receivedNanos = receivedNanos;
    this.results = new Message.ItemResult[request.items().size()];
    this.remaining = new AtomicInteger(results.length);
  }

  /**
   * Records one item's result; returns the reply when it was the last one, else null. The reply's
   * times are the longest any of its items waited and the longest batch that held one of them.
   */
  Message.Reply complete(int index, Message.ItemResult result, long queuedMicros,
      long inferredMicros, String backend) {
    results[index] = result;
    queueMicros.accumulateAndGet(queuedMicros, Math::max);
    inferenceMicros.accumulateAndGet(inferredMicros, Math::max);
    if (remaining.decrementAndGet() == 0 && answered.compareAndSet(false, true)) {
      return new Message.Reply(request.id(), Arrays.asList(results), backend, queueMicros.get(),
          inferenceMicros.get());
    }
    return null;
  }

  /** The error to send when this is the first failure of the request, else null. */
  Message.Error fail(String code, String message) {
    return answered.compareAndSet(false, true) ? new Message.Error(request.id(), code, message)
        : null;
  }

  boolean answered() {
    return answered.get();
  }
}
