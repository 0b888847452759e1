package io.veil.gateway.dispatch;

import io.veil.protocol.Message;
import io.veil.protocol.MessageCodec;
import java.nio.channels.SelectableChannel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zeromq.ZMQ;

/**
 * The workers of the current inventory and their DEALERs: reconciling with a new inventory,
 * heartbeats, liveness, socket recreation, and the least-outstanding choice. Socket thread only.
 */
final class Fleet {

  /** What the fleet tells the request book when a worker can no longer answer what it holds. */
  interface Listener {
    /** The requests {@code ids} were in flight on a worker that died, left or changed peer. */
    void lost(WorkerLink worker, List<Long> ids, long nowNanos);
  }

  private static final Logger LOG = LoggerFactory.getLogger(Fleet.class);
  private static final byte[] HEARTBEAT = MessageCodec.encode(new Message.Heartbeat());

  private final ZMQ.Context context;
  private final DispatchConfig config;
  private final CurveKeys.KeyPair clientKeys;
  private final DispatchMetrics metrics;
  private final Listener listener;
  private final Map<String, WorkerLink> links = new LinkedHashMap<>();
  private volatile int liveCount;
  private boolean membershipChanged = true;
  private long nextHeartbeatNanos;

  Fleet(ZMQ.Context context, DispatchConfig config, CurveKeys.KeyPair clientKeys,
      DispatchMetrics metrics, Listener listener) {
    this.context = context;
    this.config = config;
    this.clientKeys = clientKeys;
    this.metrics = metrics;
    this.listener = listener;
  }

  /** Adds new workers, drains removed ones and reconnects those whose endpoint or key changed. */
  void reconcile(Inventory inventory, long nowNanos) {
    Map<String, WorkerEntry> wanted = new LinkedHashMap<>();
    inventory.workers().forEach(e -> wanted.put(e.name(), e));
    for (WorkerLink link : List.copyOf(links.values())) {
      WorkerEntry next = wanted.get(link.name());
      if (next == null) {
        links.remove(link.name());
        LOG.info("worker {} removed from the inventory; draining {} requests", link.name(),
            link.outstanding());
        link.markDead(nowNanos);
        updateLiveCount();
        listener.lost(link, link.takeInFlight(), nowNanos);
        link.closeSocket(true);
        metrics.remove(link.gauges());
        membershipChanged = true;
      } else if (!link.entry().sameLink(next)) {
        LOG.info("worker {} changed endpoint or key; reconnecting", link.name());
        link.markDead(nowNanos);
        updateLiveCount();
        listener.lost(link, link.takeInFlight(), nowNanos);
        link.reopen(next, nowNanos);
        membershipChanged = true;
      }
    }
    for (WorkerEntry entry : wanted.values()) {
      if (!links.containsKey(entry.name())) {
        if (entry.curveServerKey().isEmpty() && !isLoopback(entry.endpoint())) {
          LOG.warn("worker {} at a non-loopback endpoint has no CURVE key: link is plaintext",
              entry.name());
        }
        links.put(entry.name(), new WorkerLink(context, config, clientKeys, entry, metrics,
            nowNanos));
        LOG.info("worker {} added at {}", entry.name(), entry.endpoint());
        membershipChanged = true;
      }
    }
    updateLiveCount();
  }

  /** Sends heartbeats when due, declares silent workers dead and recreates long-dead sockets. */
  void tick(long nowNanos) {
    for (WorkerLink link : links.values()) {
      if (link.silentTooLong(nowNanos)) {
        declareDead(link, nowNanos, "silent for " + config.livenessIntervals() + " intervals");
      } else if (link.deadTooLong(nowNanos)) {
        LOG.info("worker {} silent on this connection; recreating its socket", link.name());
        link.recreate(nowNanos);
        membershipChanged = true;
      }
    }
    if (nowNanos - nextHeartbeatNanos >= 0) {
      nextHeartbeatNanos = nowNanos + config.heartbeatInterval().toNanos();
      // Heartbeats go to dead workers too: a restarted worker's ROUTER only learns of this
      // gateway when a frame arrives.
      links.values().forEach(link -> link.send(HEARTBEAT));
    }
  }

  /** The earliest time {@link #tick} has work to do. */
  long nextDueNanos(long nowNanos) {
    long due = nextHeartbeatNanos;
    for (WorkerLink link : links.values()) {
      due = Math.min(due, link.isLive() ? link.livenessDeadlineNanos() + 1
          : link.recreateDueNanos());
    }
    return due;
  }

  /** Marks a worker dead and hands its in-flight requests back for retry or failure. */
  void declareDead(WorkerLink link, long nowNanos, String why) {
    if (link.isLive()) {
      LOG.warn("worker {} declared dead: {}; {} requests in flight", link.name(), why,
          link.outstanding());
    }
    link.markDead(nowNanos);
    updateLiveCount();
    listener.lost(link, link.takeInFlight(), nowNanos);
  }

  /** Records that a worker spoke; returns true when it was dead before. */
  boolean heard(WorkerLink link, long nowNanos) {
    boolean revived = link.heard(nowNanos);
    if (revived) {
      LOG.info("worker {} is live", link.name());
      updateLiveCount();
    }
    return revived;
  }

  /**
   * A READY from a worker that was already live: it restarted or forgot this gateway, so the
   * replies it owed will never come; they are handed back for retry.
   */
  void forgotten(WorkerLink link, long nowNanos) {
    List<Long> lost = link.takeInFlight();
    if (!lost.isEmpty()) {
      LOG.warn("worker {} forgot this gateway; {} requests in flight handed back", link.name(),
          lost.size());
      listener.lost(link, lost, nowNanos);
    }
  }

  /** The live worker with the fewest requests in flight, skipping {@code exclude}; or null. */
  WorkerLink leastOutstanding(Set<String> exclude) {
    WorkerLink best = null;
    for (WorkerLink link : links.values()) {
      if (link.isLive() && !exclude.contains(link.name())
          && (best == null || link.outstanding() < best.outstanding())) {
        best = link;
      }
    }
    return best;
  }

  /**
   * A poller over the wake-up channel (index 0) and every worker socket (in {@link #links()}
   * order, from index 1); null when the membership has not changed since the last call.
   */
  ZMQ.Poller pollerIfChanged(SelectableChannel wakeup) {
    if (!membershipChanged) {
      return null;
    }
    membershipChanged = false;
    ZMQ.Poller poller = context.poller(links.size() + 1);
    poller.register(wakeup, ZMQ.Poller.POLLIN);
    links.values().forEach(link -> poller.register(link.socket(), ZMQ.Poller.POLLIN));
    return poller;
  }

  /** The workers, in poller order. */
  List<WorkerLink> links() {
    return new ArrayList<>(links.values());
  }

  /** Says goodbye to every worker and closes the sockets. */
  void closeAll() {
    Collection<WorkerLink> all = links.values();
    for (WorkerLink link : all) {
      link.closeSocket(true);
      metrics.remove(link.gauges());
    }
    links.clear();
    liveCount = 0;
  }

  boolean anyLive() {
    return liveCount > 0;
  }

  private void updateLiveCount() {
    liveCount = (int) links.values().stream().filter(WorkerLink::isLive).count();
  }

  private static boolean isLoopback(String endpoint) {
    return endpoint.startsWith("tcp://127.") || endpoint.startsWith("tcp://localhost:")
        || endpoint.startsWith("tcp://[::1]:") || !endpoint.startsWith("tcp://");
  }
}
