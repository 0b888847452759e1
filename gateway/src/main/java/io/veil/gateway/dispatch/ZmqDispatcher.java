package io.veil.gateway.dispatch;

import io.micrometer.core.instrument.MeterRegistry;
import io.veil.gateway.dispatch.DispatchException.Reason;
import io.veil.gateway.dispatch.DispatchMetrics.Outcome;
import io.veil.protocol.Message;
import io.veil.protocol.MessageCodec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zeromq.ZMQ;

/**
 * The gateway's {@link Dispatcher} over ZeroMQ, after the zguide's Paranoid Pirate: one DEALER
 * per worker of the inventory file, all owned by one socket thread ({@code veil-dispatch}).
 *
 * <p>Callers (the Vert.x event loop) never block: {@link #classify} encodes the request, puts it
 * on a queue and wakes the socket thread through a pipe in its poller. The returned future
 * completes on the socket thread, so a Vert.x caller hops back with {@code
 * context.runOnContext}. It always completes by the deadline (plus scheduling jitter of a few
 * milliseconds): with the results, one per item in order, or with a {@link DispatchException}
 * whose {@link DispatchException#reason() reason} is one of
 * <ul>
 *   <li>{@code NO_LIVE_WORKER}: no worker is live (answered at once, without queueing);
 *   <li>{@code OVERLOADED}: more than {@link DispatchConfig#maxOutstanding()} requests in flight;
 *   <li>{@code TIMEOUT}: no valid answer before the deadline;
 *   <li>{@code BAD_REPLY}: a worker answered with the wrong number of results, a span outside its
 *       content, or an undecodable frame;
 *   <li>{@code WORKER_ERROR}: the worker refused and a retry was not possible;
 *   <li>{@code CLOSED}: the dispatcher was closed.
 * </ul>
 * A result with status {@code EXPIRED} carries no decision: the caller fails safe for that item.
 *
 * <p>A request goes to the live worker with the fewest requests in flight. After an {@code
 * OVERLOADED}/{@code INTERNAL} error, or when its worker is declared dead (silent for {@link
 * DispatchConfig#livenessIntervals()} heartbeats) or removed from the inventory, it is sent once
 * more to another live worker inside the same deadline. Late and unknown replies are dropped and
 * counted. The inventory file is polled and applied live: new workers are dialled, removed ones
 * drained, changed endpoints reconnected; a broken file keeps the previous inventory.
 *
 * <p>Wiring: {@code Dispatcher d = ZmqDispatcher.start(DispatchConfig.defaults(),
 * Path.of("deploy/inventory.local.yaml"), registry);} then {@code d.close()} on shutdown.
 */
public final class ZmqDispatcher implements Dispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(ZmqDispatcher.class);
  /** How long {@link #close} waits for the socket thread to say goodbye to the workers. */
  private static final long CLOSE_JOIN_MILLIS = 5_000;

  private final DispatchConfig config;
  private final DispatchMetrics metrics;
  private final Queue<PendingRequest> submissions = new ConcurrentLinkedQueue<>();
  private final AtomicInteger held = new AtomicInteger();
  private final AtomicLong ids = new AtomicLong();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Wakeup wakeup = new Wakeup();
  private final DispatchLoop loop;
  private final Thread thread;

  /**
   * Reads the inventory, opens a DEALER per worker and starts the socket thread.
   *
   * @param config intervals, bounds and the CURVE client keypair
   * @param inventoryFile the YAML inventory, watched for changes
   * @param registry where the dispatcher's meters go
   * @throws IllegalArgumentException when the inventory cannot be read or is invalid (the message
   *     names the file, entry and key)
   */
  public ZmqDispatcher(DispatchConfig config, Path inventoryFile, MeterRegistry registry) {
    this.config = Objects.requireNonNull(config, "config");
    this.metrics = new DispatchMetrics(Objects.requireNonNull(registry, "registry"));
    InventoryWatcher watcher = new InventoryWatcher(inventoryFile, config.inventoryPoll(), metrics);
    Inventory inventory;
    try {
      inventory = watcher.initial(System.nanoTime());
    } catch (IOException e) {
      throw new IllegalArgumentException("inventory " + inventoryFile + " cannot be read ("
          + e.getClass().getSimpleName() + ")", e);
    } catch (InventoryException e) {
      throw new IllegalArgumentException("inventory " + inventoryFile + " rejected: "
          + e.getMessage(), e);
    }
    CurveKeys.KeyPair clientKeys = config.curveClient().orElseGet(CurveKeys::generate);
    this.loop = new DispatchLoop(ZMQ.context(1), config, clientKeys, watcher, inventory,
        submissions, wakeup, metrics, held);
    this.thread = new Thread(loop, "veil-dispatch");
    thread.setDaemon(true);
    thread.start();
    LOG.info("dispatcher started with {} workers from {}", inventory.workers().size(),
        inventoryFile);
  }

  /** Same as the constructor; the name reads better at the wiring site. */
  public static ZmqDispatcher start(DispatchConfig config, Path inventoryFile,
      MeterRegistry registry) {
    return new ZmqDispatcher(config, inventoryFile, registry);
  }

  /**
   * {@inheritDoc}
   *
   * @throws NullPointerException when {@code items} or an item's content or category is null (a
   *     caller bug, not a dispatch failure)
   */
  @Override
  public CompletableFuture<List<Message.ItemResult>> classify(List<Message.Item> items,
      long deadlineEpochMillis) {
    List<Message.Item> copy = List.copyOf(items);
    for (Message.Item item : copy) {
      Objects.requireNonNull(item.content(), "item content");
      Objects.requireNonNull(item.category(), "item category");
    }
    if (closed.get() || loop.stopped()) {
      return rejected(Reason.CLOSED, "dispatcher closed");
    }
    if (copy.isEmpty()) {
      return CompletableFuture.completedFuture(List.of());
    }
    if (deadlineEpochMillis <= System.currentTimeMillis()) {
      return rejected(Reason.TIMEOUT, "deadline already passed");
    }
    if (!anyLive()) {
      return rejected(Reason.NO_LIVE_WORKER, "no live worker");
    }
    if (held.incrementAndGet() > config.maxOutstanding()) {
      held.decrementAndGet();
      return rejected(Reason.OVERLOADED, "more than " + config.maxOutstanding()
          + " requests in flight");
    }
    long id = ids.incrementAndGet();
    PendingRequest p;
    try {
      p = new PendingRequest(id, copy, deadlineEpochMillis,
          MessageCodec.encode(new Message.Request(id, deadlineEpochMillis, copy)));
    } catch (RuntimeException e) {
      held.decrementAndGet();
      throw e;
    }
    submissions.add(p);
    wakeup.signal();
    if (closed.get() || loop.stopped()) {
      // The socket thread may have drained the queue for the last time before this add.
      failQueued();
    }
    return p.future;
  }

  @Override
  public boolean anyLive() {
    return !closed.get() && loop.fleet().anyLive();
  }

  /** Requests the dispatcher holds now (queued or in flight); for tests and diagnostics. */
  public int outstanding() {
    return held.get();
  }

  /**
   * Sends DISCONNECT to every worker, closes the sockets and fails what is still in flight with
   * {@code CLOSED}. Waits up to {@value #CLOSE_JOIN_MILLIS} ms for the socket thread.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    loop.requestClose();
    try {
      thread.join(CLOSE_JOIN_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) {
      LOG.warn("dispatch socket thread did not stop within {} ms", CLOSE_JOIN_MILLIS);
    }
    failQueued();
    wakeup.close();
  }

  private void failQueued() {
    PendingRequest p;
    while ((p = submissions.poll()) != null) {
      held.decrementAndGet();
      p.finished = true;
      metrics.outcome(Outcome.CLOSED);
      p.future.completeExceptionally(new DispatchException(Reason.CLOSED, "dispatcher closed"));
    }
  }

  private CompletableFuture<List<Message.ItemResult>> rejected(Reason reason, String message) {
    metrics.outcome(Outcome.of(reason));
    return CompletableFuture.failedFuture(new DispatchException(reason, message));
  }
}
