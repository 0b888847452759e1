package io.veil.gateway.dispatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.SelectableChannel;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Wakes the socket thread's poll from any thread: a pipe whose read end sits in the ZeroMQ poller
 * beside the sockets. Signals coalesce (at most one byte is outstanding), so callers never block
 * and the pipe never fills. Sockets stay with their one thread; only this pipe is shared.
 */
final class Wakeup implements AutoCloseable {

  private final Pipe pipe;
  private final AtomicBoolean pending = new AtomicBoolean();
  private final ByteBuffer drainBuffer = ByteBuffer.allocate(64);

  Wakeup() {
    try {
      pipe = Pipe.open();
      pipe.source().configureBlocking(false);
      pipe.sink().configureBlocking(false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the dispatcher's wake-up pipe", e);
    }
  }

  /** Any thread: makes the next (or current) poll return. */
  void signal() {
    if (pending.compareAndSet(false, true)) {
      try {
        pipe.sink().write(ByteBuffer.wrap(new byte[] {1}));
      } catch (IOException e) {
        // Closed during shutdown: the socket thread is leaving anyway.
        pending.set(false);
      }
    }
  }

  /** Socket thread: clears the signal before the queue is drained, so no signal is lost. */
  void drain() {
    pending.set(false);
    try {
      while (true) {
        drainBuffer.clear();
        if (pipe.source().read(drainBuffer) <= 0) {
          return;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("wake-up pipe failed", e);
    }
  }

  /** The channel to register in the poller. */
  SelectableChannel channel() {
    return pipe.source();
  }

  @Override
  public void close() {
    try {
      pipe.sink().close();
      pipe.source().close();
    } catch (IOException e) {
      // Nothing is left to wake.
    }
  }
}
