package io.veil.worker.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.SelectableChannel;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Frames waiting to be sent by the socket thread, posted by any thread. Posting writes one byte to
 * a pipe the socket thread polls beside its socket, only when no wake-up is pending, so a burst of
 * replies costs one wake-up. Backend threads never touch the socket.
 */
final class Outbox implements AutoCloseable {

  /** One frame for one peer. */
  record Envelope(PeerId peer, byte[] frame) {}

  private final Queue<Envelope> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean wakePending = new AtomicBoolean();
  private final Pipe pipe;
  private final ByteBuffer drainBuffer = ByteBuffer.allocate(64);

  Outbox() {
    try {
      pipe = Pipe.open();
      pipe.source().configureBlocking(false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The channel the socket thread polls for readability. */
  SelectableChannel wakeChannel() {
    return pipe.source();
  }

  /** Queues a frame and wakes the socket thread. Any thread. */
  void post(PeerId peer, byte[] frame) {
    queue.add(new Envelope(peer, frame));
    wake();
  }

  /** Wakes the socket thread without a frame, e.g. to make it look at a shutdown flag. */
  void wake() {
    if (wakePending.compareAndSet(false, true)) {
      try {
        pipe.sink().write(ByteBuffer.wrap(new byte[] {1}));
      } catch (IOException e) {
        // The pipe is closed only at shutdown, when nothing waits for the wake-up any more.
        wakePending.set(false);
      }
    }
  }

  /** The next queued frame, or null. Socket thread only. */
  Envelope next() {
    return queue.poll();
  }

  /**
   * Reads the pending wake-up bytes. Socket thread only, before it reads the queue, so that a
   * frame posted meanwhile wakes the thread again.
   */
  void clearWake() {
    try {
      drainBuffer.clear();
      while (pipe.source().read(drainBuffer) > 0) {
        drainBuffer.clear();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    wakePending.set(false);
  }

  @Override
  public void close() {
    try {
      pipe.sink().close();
      pipe.source().close();
    } catch (IOException e) {
      // Nothing useful to do at shutdown.
    }
  }
}
