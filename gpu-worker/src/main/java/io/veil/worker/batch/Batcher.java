package io.veil.worker.batch;

import io.veil.protocol.Decision;
import io.veil.protocol.Message;
import io.veil.worker.backend.Backend;
import io.veil.worker.backend.BackendException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers items of many requests into batches for one {@link Backend}. The queue holds at most
 * {@code capacity} items: {@link #submit} refuses a request that does not fit instead of growing.
 * {@code threads} backend threads each take up to {@code maxBatch} items, waiting at most {@code
 * maxWait} after the first for more to arrive, answer the expired ones as {@link
 * Message.ItemStatus#EXPIRED} and send the rest to the backend in one call.
 */
public final class Batcher implements AutoCloseable {

  /** What {@link #submit} did with a request. */
  public enum Admission {
    /** Queued; the reply will go to the sink. */
    ACCEPTED,
    /** The queue has no room for the request's items now. */
    QUEUE_FULL,
    /** The request has more items than the queue can ever hold. */
    TOO_LARGE,
    /** The batcher is draining or closed. */
    CLOSED
  }

  private static final Logger LOG = LoggerFactory.getLogger(Batcher.class);
  /** How often an idle backend thread looks whether it should stop. */
  private static final long IDLE_POLL_MS = 100;
  private static final Message.ItemResult EXPIRED = new Message.ItemResult(
      Message.ItemStatus.EXPIRED, new Decision(false, 0.0), Message.NO_SPANS);

  private record WorkItem(PendingRequest request, int index) {}

  private final Backend backend;
  private final ReplySink sink;
  private final int maxBatch;
  private final long maxWaitNanos;
  private final int capacity;
  private final BlockingQueue<WorkItem> queue = new LinkedBlockingQueue<>();
  private final AtomicInteger queued = new AtomicInteger();
  private final Set<PendingRequest> pending = ConcurrentHashMap.newKeySet();
  private final List<Thread> threads = new ArrayList<>();
  private final LongAdder expired = new LongAdder();
  private final LongAdder computed = new LongAdder();
  private final LongAdder failedBatches = new LongAdder();
  private volatile boolean accepting = true;
  private volatile boolean running = true;

  /**
   * @param threads backend calls in flight at once
   * @param maxBatch most items per backend call
   * @param maxWait longest wait for a batch to fill after its first item
   * @param capacity most items waiting in the queue
   */
  public Batcher(Backend backend, ReplySink sink, int threads, int maxBatch, Duration maxWait,
      int capacity) {
    if (threads < 1 || maxBatch < 1 || capacity < 1 || maxWait.isNegative()) {
      throw new IllegalArgumentException("threads, maxBatch and capacity must be >= 1");
    }
    this.backend = backend;
    this.sink = sink;
    this.maxBatch = maxBatch;
    this.maxWaitNanos = maxWait.toNanos();
    this.capacity = capacity;
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(this::runLoop, "batch-" + i);
      t.setDaemon(true);
      this.threads.add(t);
    }
  }

  /** Starts the backend threads. */
  public void start() {
    threads.forEach(Thread::start);
  }

  /**
   * Queues a request's items; never blocks. An empty request is answered at once.
   *
   * @param peer an opaque handle given back to the sink with the reply
   */
  public Admission submit(Object peer, Message.Request request) {
    if (!accepting) {
      return Admission.CLOSED;
    }
    int n = request.items().size();
    if (n > capacity) {
      return Admission.TOO_LARGE;
    }
    if (n == 0) {
      sink.send(peer, new Message.Reply(request.id(), List.of(), backend.name(), 0, 0));
      return Admission.ACCEPTED;
    }
    while (true) {
      int q = queued.get();
      if (q + n > capacity) {
        return Admission.QUEUE_FULL;
      }
      if (queued.compareAndSet(q, q + n)) {
        break;
      }
    }
    PendingRequest p = new PendingRequest(peer, request, System.nanoTime());
    pending.add(p);
    for (int i = 0; i < n; i++) {
      queue.add(new WorkItem(p, i));
    }
    return Admission.ACCEPTED;
  }

  /**
   * Stops accepting and waits until every accepted request is answered or {@code bound} passed.
   *
   * @return whether everything was answered
   */
  public boolean drain(Duration bound) throws InterruptedException {
    accepting = false;
    long until = System.nanoTime() + bound.toNanos();
    while (!pending.isEmpty() && System.nanoTime() < until) {
      Thread.sleep(10);
    }
    return pending.isEmpty();
  }

  /**
   * Stops the backend threads and answers what is still pending with {@code SHUTTING_DOWN}. Does
   * not close the backend.
   */
  @Override
  public void close() {
    accepting = false;
    running = false;
    for (Thread t : threads) {
      try {
        t.join(IDLE_POLL_MS * 5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    for (PendingRequest p : pending) {
      send(p, p.fail("SHUTTING_DOWN", "worker stopped before the request was answered"));
    }
    pending.clear();
    queue.clear();
  }

  /** Items waiting for a backend thread. */
  public int queuedItems() {
    return queued.get();
  }

  /** Items answered expired since start. */
  public long expiredItems() {
    return expired.sum();
  }

  /** Items computed by the backend since start. */
  public long computedItems() {
    return computed.sum();
  }

  /** Backend calls that failed since start. */
  public long failedBatches() {
    return failedBatches.sum();
  }

  private void runLoop() {
    List<WorkItem> batch = new ArrayList<>(maxBatch);
    while (running) {
      try {
        fill(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (!batch.isEmpty()) {
        queued.addAndGet(-batch.size());
        process(batch);
        batch.clear();
      }
    }
  }

  private void fill(List<WorkItem> batch) throws InterruptedException {
    WorkItem first = queue.poll(IDLE_POLL_MS, TimeUnit.MILLISECONDS);
    if (first == null) {
      return;
    }
    batch.add(first);
    long until = System.nanoTime() + maxWaitNanos;
    while (batch.size() < maxBatch) {
      queue.drainTo(batch, maxBatch - batch.size());
      long left = until - System.nanoTime();
      if (batch.size() >= maxBatch || left <= 0) {
        return;
      }
      WorkItem next = queue.poll(left, TimeUnit.NANOSECONDS);
      if (next == null) {
        return;
      }
      batch.add(next);
    }
  }

  private void process(List<WorkItem> batch) {
    long startNanos = System.nanoTime();
    long nowMillis = System.currentTimeMillis();
    List<WorkItem> live = new ArrayList<>(batch.size());
    for (WorkItem w : batch) {
      if (w.request().answered()) {
        continue;
      }
      if (w.request().request.deadlineEpochMillis() <= nowMillis) {
        expired.increment();
        complete(w, EXPIRED, startNanos, 0);
      } else {
        live.add(w);
      }
    }
    if (!live.isEmpty()) {
      compute(live, startNanos);
    }
  }

  private void compute(List<WorkItem> live, long startNanos) {
    List<Message.Item> items = new ArrayList<>(live.size());
    for (WorkItem w : live) {
      items.add(w.request().request.items().get(w.index()));
    }
    List<Message.ItemResult> results;
    try {
      results = backend.classify(items);
      if (results == null || results.size() != items.size() || results.contains(null)) {
        throw new BackendException("backend answered a batch of " + items.size()
            + " items with a wrong number of results");
      }
    } catch (BackendException e) {
      failAll(live, e.getMessage() == null ? "backend failed" : e.getMessage());
      return;
    } catch (RuntimeException e) {
      // A runtime exception's message may quote its input: report the type only.
      failAll(live, "backend failed: " + e.getClass().getSimpleName());
      return;
    }
    long inferenceMicros = (System.nanoTime() - startNanos) / 1_000;
    computed.add(items.size());
    for (int i = 0; i < live.size(); i++) {
      complete(live.get(i), results.get(i), startNanos, inferenceMicros);
    }
  }

  private void complete(WorkItem w, Message.ItemResult result, long startNanos,
      long inferenceMicros) {
    PendingRequest p = w.request();
    long queueMicros = Math.max(0, (startNanos - p.receivedNanos) / 1_000);
    send(p, p.complete(w.index(), result, queueMicros, inferenceMicros, backend.name()));
  }

  private void failAll(List<WorkItem> live, String message) {
    failedBatches.increment();
    LOG.warn("backend {} failed a batch of {} items: {}", backend.name(), live.size(), message);
    for (WorkItem w : live) {
      send(w.request(), w.request().fail("INTERNAL", message));
    }
  }

  private void send(PendingRequest p, Message message) {
    if (message != null) {
      pending.remove(p);
      sink.send(p.peer, message);
    }
  }
}
