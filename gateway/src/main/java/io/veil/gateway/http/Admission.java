package io.veil.gateway.http;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the events being filtered at once, so that overload is answered with 503 and Retry-After
 * instead of growing queues and memory. Plain Java; thread-safe.
 */
public final class Admission {

  private final int limit;
  private final AtomicInteger inFlight = new AtomicInteger();

  /** Admits at most {@code limit} events at once. */
  public Admission(int limit) {
    this.limit = limit;
  }

  /** Takes {@code n} permits if all are free; false leaves nothing taken. */
  public boolean tryAcquire(int n) {
    while (true) {
      int now = inFlight.get();
      if (now + n > limit) {
        return false;
      }
      if (inFlight.compareAndSet(now, now + n)) {
        return true;
      }
    }
  }

  /** Returns {@code n} permits. */
  public void release(int n) {
    inFlight.addAndGet(-n);
  }

  /** Events being filtered now. */
  public int inFlight() {
    return inFlight.get();
  }
}
