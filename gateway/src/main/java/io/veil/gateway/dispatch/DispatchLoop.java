package io.veil.gateway.dispatch;

import io.veil.gateway.dispatch.DispatchException.Reason;
import io.veil.gateway.dispatch.DispatchMetrics.Outcome;
import io.veil.protocol.Message;
import io.veil.protocol.MessageCodec;
import io.veil.protocol.ProtocolException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zeromq.ZMQ;

/**
 * The socket thread: the only code that touches the DEALERs. Takes submissions from the queue,
 * routes them to the least-outstanding live worker, matches replies by id, retries once on
 * another worker, and expires requests at their deadline so every future completes.
 */
final class DispatchLoop implements Runnable, Fleet.Listener {

  private static final Logger LOG = LoggerFactory.getLogger(DispatchLoop.class);
  /** Frames read from one worker per poll round, so one busy worker cannot starve the others. */
  private static final int MAX_RECEIVES_PER_ROUND = 256;
  /** Upper bound on one poll, so a missed wake-up can never delay work by more than this. */
  private static final long MAX_POLL_MILLIS = 250;
  /** Consecutive failed rounds after which the loop gives up (and readiness turns false). */
  private static final int MAX_CONSECUTIVE_FAILURES = 10;
  private static final Set<String> RETRYABLE_CODES =
      Set.of("OVERLOADED", "INTERNAL", "UNSUPPORTED_VERSION", "SHUTTING_DOWN");

  private final ZMQ.Context context;
  private final Fleet fleet;
  private final InventoryWatcher watcher;
  private final Inventory initial;
  private final Queue<PendingRequest> submissions;
  private final Wakeup wakeup;
  private final DispatchMetrics metrics;
  private final AtomicInteger held;
  private final Map<Long, PendingRequest> pending = new HashMap<>();
  private final TreeSet<PendingRequest> byDeadline = new TreeSet<>(
      Comparator.comparingLong((PendingRequest p) -> p.deadlineEpochMillis)
          .thenComparingLong(p -> p.id));
  private volatile boolean closing;
  /** Set when the loop has ended; nothing queued after that would ever be taken. */
  private volatile boolean stopped;

  DispatchLoop(ZMQ.Context context, DispatchConfig config, CurveKeys.KeyPair clientKeys,
      InventoryWatcher watcher, Inventory initial, Queue<PendingRequest> submissions,
      Wakeup wakeup, DispatchMetrics metrics, AtomicInteger held) {
    this.context = context;
    this.fleet = new Fleet(context, config, clientKeys, metrics, this);
    this.watcher = watcher;
    this.initial = initial;
    this.submissions = submissions;
    this.wakeup = wakeup;
    this.metrics = metrics;
    this.held = held;
  }

  Fleet fleet() {
    return fleet;
  }

  /** Whether the loop has ended (closed, or failed repeatedly). */
  boolean stopped() {
    return stopped;
  }

  /** Any thread: asks the loop to finish; it fails what it holds with {@code CLOSED}. */
  void requestClose() {
    closing = true;
    wakeup.signal();
  }

  @Override
  public void run() {
    ZMQ.Poller poller = null;
    List<WorkerLink> polled = List.of();
    int failures = 0;
    try {
      fleet.reconcile(initial, System.nanoTime());
      while (!closing) {
        try {
          ZMQ.Poller fresh = fleet.pollerIfChanged(wakeup.channel());
          if (fresh != null) {
            if (poller != null) {
              poller.close();
            }
            poller = fresh;
            polled = fleet.links();
          }
          poller.poll(pollTimeoutMillis());
          wakeup.drain();
          acceptSubmissions();
          // Every socket is read each round, not only those the poller flags: a ZeroMQ socket
          // signals readiness edge-wise, and a missed edge must not leave replies unread.
          polled.forEach(this::receiveFrom);
          tick();
          failures = 0;
        } catch (RuntimeException e) {
          LOG.error("dispatch round failed", e);
          if (++failures >= MAX_CONSECUTIVE_FAILURES) {
            throw e;
          }
        }
      }
    } finally {
      shutdown(poller);
    }
  }

  private long pollTimeoutMillis() {
    long nowNanos = System.nanoTime();
    long dueNanos = Math.min(fleet.nextDueNanos(nowNanos), watcher.nextPollNanos());
    long millis = Math.max(0, (dueNanos - nowNanos + 999_999) / 1_000_000);
    if (!byDeadline.isEmpty()) {
      millis = Math.min(millis,
          Math.max(0, byDeadline.first().deadlineEpochMillis - System.currentTimeMillis()));
    }
    return Math.min(millis, MAX_POLL_MILLIS);
  }

  private void acceptSubmissions() {
    PendingRequest p;
    while ((p = submissions.poll()) != null) {
      if (System.currentTimeMillis() >= p.deadlineEpochMillis) {
        finish(p, Reason.TIMEOUT, "deadline passed before dispatch");
        continue;
      }
      pending.put(p.id, p);
      byDeadline.add(p);
      send(p, Reason.NO_LIVE_WORKER);
    }
  }

  /** Sends to the least-outstanding live worker not yet tried, or fails with {@code ifNone}. */
  private void send(PendingRequest p, Reason ifNone) {
    WorkerLink target = fleet.leastOutstanding(p.tried);
    if (target == null) {
      finish(p, fleet.anyLive() ? ifNone : Reason.NO_LIVE_WORKER,
          p.tried.isEmpty() ? "no live worker" : "no other live worker for a retry");
      return;
    }
    if (!p.tried.isEmpty()) {
      metrics.retry();
    }
    p.tried.add(target.name());
    if (!target.send(p.frame)) {
      LOG.warn("worker {} send queue full; request {} not sent", target.name(), p.id);
      attemptFailed(p, Reason.WORKER_ERROR, true);
      return;
    }
    p.holder = target;
    target.add(p.id);
  }

  private void attemptFailed(PendingRequest p, Reason reason, boolean retryable) {
    if (p.holder != null) {
      p.holder.remove(p.id);
      p.holder = null;
    }
    if (retryable && p.mayRetry(System.currentTimeMillis())) {
      send(p, reason);
    } else {
      finish(p, reason, retryable ? "retry not possible" : "worker refused the request");
    }
  }

  private void receiveFrom(WorkerLink link) {
    for (int n = 0; n < MAX_RECEIVES_PER_ROUND && link.socket() != null; n++) {
      byte[] frame = link.receive();
      if (frame == null) {
        return;
      }
      Message message;
      try {
        message = MessageCodec.decode(frame);
      } catch (ProtocolException e) {
        metrics.badFrame();
        LOG.warn("worker {} sent an undecodable frame of {} bytes: {}", link.name(), frame.length,
            e.getMessage());
        failUndecodable(link, e);
        continue;
      }
      boolean revived = fleet.heard(link, System.nanoTime());
      if (message instanceof Message.Reply reply) {
        onReply(link, reply);
      } else if (message instanceof Message.Error error) {
        onError(link, error);
      } else if (message instanceof Message.Ready ready) {
        LOG.info("worker {} ready: backend {}, capacity {}", link.name(), ready.backend(),
            ready.capacity());
        if (!revived) {
          fleet.forgotten(link, System.nanoTime());
        }
      } else if (message instanceof Message.Disconnect) {
        fleet.declareDead(link, System.nanoTime(), "it disconnected");
      } else if (message instanceof Message.Request) {
        metrics.badFrame();
      }
    }
  }

  private PendingRequest heldBy(WorkerLink link, long id) {
    PendingRequest p = pending.get(id);
    if (p == null || p.holder != link) {
      metrics.lateReply();
      return null;
    }
    return p;
  }

  private void onReply(WorkerLink link, Message.Reply reply) {
    PendingRequest p = heldBy(link, reply.id());
    if (p == null) {
      return;
    }
    String violation = ReplyCheck.violation(p.items, reply);
    if (violation != null) {
      LOG.warn("worker {} sent a bad reply to request {}: {}", link.name(), p.id, violation);
      finish(p, Reason.BAD_REPLY, violation);
      return;
    }
    remove(p, Outcome.OK);
    p.future.complete(reply.results());
  }

  private void onError(WorkerLink link, Message.Error error) {
    PendingRequest p = heldBy(link, error.id());
    if (p == null) {
      return;
    }
    LOG.info("worker {} answered request {} with error {}", link.name(), p.id, error.code());
    attemptFailed(p, Reason.WORKER_ERROR, RETRYABLE_CODES.contains(error.code()));
  }

  /**
   * A frame that does not decode fails the request it names; when it names none, a worker that
   * speaks garbage cannot be trusted with any answer it still owes.
   */
  private void failUndecodable(WorkerLink link, ProtocolException e) {
    if (e.requestId().isPresent()) {
      PendingRequest p = pending.get(e.requestId().getAsLong());
      if (p != null && p.holder == link) {
        finish(p, Reason.BAD_REPLY, "worker sent an undecodable reply");
      } else {
        metrics.lateReply();
      }
      return;
    }
    for (long id : link.takeInFlight()) {
      PendingRequest p = pending.get(id);
      if (p != null) {
        p.holder = null;
        finish(p, Reason.BAD_REPLY, "worker sent an undecodable frame");
      }
    }
  }

  @Override
  public void lost(WorkerLink worker, List<Long> ids, long nowNanos) {
    for (long id : ids) {
      PendingRequest p = pending.get(id);
      if (p != null && p.holder == worker) {
        attemptFailed(p, Reason.WORKER_ERROR, true);
      }
    }
  }

  private void tick() {
    long nowNanos = System.nanoTime();
    long nowMillis = System.currentTimeMillis();
    while (!byDeadline.isEmpty() && byDeadline.first().deadlineEpochMillis <= nowMillis) {
      finish(byDeadline.first(), Reason.TIMEOUT, "no valid answer before the deadline");
    }
    watcher.pollIfDue(nowNanos).ifPresent(inventory -> fleet.reconcile(inventory, nowNanos));
    fleet.tick(nowNanos);
  }

  /** Takes the request out of every index; counts its outcome once, before the caller sees it. */
  private void remove(PendingRequest p, Outcome outcome) {
    pending.remove(p.id);
    byDeadline.remove(p);
    if (p.holder != null) {
      p.holder.remove(p.id);
      p.holder = null;
    }
    if (!p.finished) {
      p.finished = true;
      held.decrementAndGet();
      metrics.outcome(outcome);
    }
  }

  private void finish(PendingRequest p, Reason reason, String message) {
    remove(p, Outcome.of(reason));
    p.future.completeExceptionally(new DispatchException(reason, message));
  }

  private void shutdown(ZMQ.Poller poller) {
    // Set before the last drain: a caller that queues after it sees the flag and fails its own.
    stopped = true;
    try {
      for (PendingRequest p : List.copyOf(pending.values())) {
        finish(p, Reason.CLOSED, "dispatcher closed");
      }
      PendingRequest p;
      while ((p = submissions.poll()) != null) {
        finish(p, Reason.CLOSED, "dispatcher closed");
      }
      fleet.closeAll();
      if (poller != null) {
        poller.close();
      }
    } finally {
      context.close();
    }
  }
}
