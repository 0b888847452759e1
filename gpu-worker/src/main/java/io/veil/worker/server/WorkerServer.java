package io.veil.worker.server;

import io.veil.protocol.Message;
import io.veil.protocol.MessageCodec;
import io.veil.protocol.ProtocolException;
import io.veil.protocol.Wire;
import io.veil.worker.WorkerConfig;
import io.veil.worker.backend.Backend;
import io.veil.worker.batch.Batcher;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * The worker's ROUTER. One thread creates, binds, polls and closes the socket; backend threads
 * hand replies over through an {@link Outbox}. Peers get READY on their first message, heartbeats
 * every interval, and DISCONNECT when the worker shuts down cleanly.
 */
public final class WorkerServer {

  /** Statistics since start, for logs and tests. */
  public record Stats(long malformedFrames, long overloaded, long expiredItems,
      long computedItems, int peers) {}

  private static final Logger LOG = LoggerFactory.getLogger(WorkerServer.class);
  /** Frames read per poll round before replies and heartbeats get their turn under a flood. */
  private static final int MAX_READS_PER_ROUND = 1_000;
  /** Linger on the final close only, so that the DISCONNECT frames leave the host. */
  private static final int CLOSE_LINGER_MS = 500;
  /** Frames per peer beyond the queue capacity before the ROUTER drops: heartbeats, errors. */
  private static final int SEND_HWM_HEADROOM = 1_000;
  /** Longest wait for the socket thread to bind. */
  private static final Duration BIND_TIMEOUT = Duration.ofSeconds(10);

  private final WorkerConfig config;
  private final Batcher batcher;
  private final Outbox outbox = new Outbox();
  private final Peers peers;
  private final Thread socketThread;
  private final CompletableFuture<String> bound = new CompletableFuture<>();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicBoolean shuttingDown = new AtomicBoolean();
  private final LongAdder malformed = new LongAdder();
  private final LongAdder overloaded = new LongAdder();
  private final byte[] readyFrame;
  private final byte[] heartbeatFrame = MessageCodec.encode(new Message.Heartbeat());
  private final byte[] byeFrame = MessageCodec.encode(new Message.Disconnect());
  private volatile boolean closing;

  /** A server for {@code backend}, which must already be started. */
  public WorkerServer(WorkerConfig config, Backend backend) {
    this.config = config;
    this.peers = new Peers(config.heartbeatMs());
    this.readyFrame = MessageCodec.encode(
        new Message.Ready(config.name(), backend.name(), config.queueCapacity()));
    this.batcher = new Batcher(backend, (peer, m) -> outbox.post((PeerId) peer,
        MessageCodec.encode(m)), config.threads(), config.maxBatch(),
        Duration.ofMillis(config.maxWaitMs()), config.queueCapacity());
    this.socketThread = new Thread(this::run, "zmq-router");
  }

  /**
   * Starts the backend threads and the socket thread and waits until the socket is bound.
   *
   * @return the bound endpoint, with the actual port when the configured one was {@code *}
   * @throws IllegalStateException when the endpoint cannot be bound
   */
  public String start() throws InterruptedException {
    batcher.start();
    socketThread.start();
    try {
      return bound.get(BIND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      batcher.close();
      throw new IllegalStateException("cannot bind " + config.bind() + ": "
          + (e.getCause() == null ? e : e.getCause()).getMessage());
    }
  }

  /**
   * Stops accepting requests, waits up to {@code drain-ms} for those in flight, answers the rest
   * with {@code SHUTTING_DOWN}, sends DISCONNECT to every peer and closes the socket. Idempotent.
   */
  public void shutdown() throws InterruptedException {
    if (shuttingDown.compareAndSet(false, true)) {
      boolean drained = batcher.drain(Duration.ofMillis(config.drainMs()));
      batcher.close();
      closing = true;
      outbox.wake();
      LOG.info("drained={} {}", drained, stats());
    }
    stopped.await(CLOSE_LINGER_MS + BIND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Counters since start. */
  public Stats stats() {
    return new Stats(malformed.sum(), overloaded.sum(), batcher.expiredItems(),
        batcher.computedItems(), peers.size());
  }

  private void run() {
    ZContext ctx = new ZContext(1);
    try {
      ZMQ.Socket router = ctx.createSocket(SocketType.ROUTER);
      router.setLinger(0);
      router.setMaxMsgSize(Wire.MAX_FRAME_BYTES);
      // A ROUTER drops, silently, what exceeds a peer's send high-water mark. Each accepted
      // request holds at least one queued item, so this many frames cover every reply a peer can
      // be owed, plus room for heartbeats and errors, even when it reads slowly.
      router.setSndHWM(config.queueCapacity() + SEND_HWM_HEADROOM);
      if (config.curve() != null) {
        config.curve().applyTo(router);
      }
      try {
        router.bind(config.bind());
      } catch (ZMQException e) {
        bound.completeExceptionally(e);
        return;
      }
      bound.complete(router.getLastEndpoint());
      loop(ctx, router);
      for (PeerId peer : peers.all()) {
        send(router, peer, byeFrame);
      }
      router.setLinger(CLOSE_LINGER_MS);
    } catch (RuntimeException e) {
      LOG.error("socket thread failed: {}", e.toString());
      bound.completeExceptionally(e);
    } finally {
      ctx.close();
      outbox.close();
      stopped.countDown();
    }
  }

  private void loop(ZContext ctx, ZMQ.Socket router) {
    ZMQ.Poller poller = ctx.createPoller(2);
    poller.register(router, ZMQ.Poller.POLLIN);
    int wakeIndex = poller.register(outbox.wakeChannel(), ZMQ.Poller.POLLIN);
    long nextBeat = now() + config.heartbeatMs();
    while (!closing) {
      boolean busy = receive(router) | flush(router);
      long now = now();
      if (now >= nextBeat) {
        heartbeat(router, now);
        nextBeat = now + config.heartbeatMs();
      }
      // A socket's wake-up is edge-triggered and any send may consume it: sleep only when the
      // socket itself says nothing is waiting.
      if (!busy && (router.getEvents() & ZMQ.Poller.POLLIN) == 0) {
        poller.poll(Math.max(1, nextBeat - now()));
        if (poller.pollin(wakeIndex)) {
          outbox.clearWake();
        }
      }
    }
    flush(router);
    poller.close();
  }

  /** Sends what the backend threads posted; true when there was anything. */
  private boolean flush(ZMQ.Socket router) {
    boolean any = false;
    for (Outbox.Envelope e = outbox.next(); e != null; e = outbox.next()) {
      send(router, e.peer(), e.frame());
      any = true;
    }
    return any;
  }

  private void heartbeat(ZMQ.Socket router, long now) {
    int forgotten = peers.expire(now);
    if (forgotten > 0) {
      LOG.info("forgot {} silent peers; {} remain", forgotten, peers.size());
    }
    for (PeerId peer : peers.all()) {
      send(router, peer, heartbeatFrame);
    }
  }

  /** Handles what arrived, up to a bound; true when there was anything. */
  private boolean receive(ZMQ.Socket router) {
    for (int i = 0; i < MAX_READS_PER_ROUND; i++) {
      byte[] identity = router.recv(ZMQ.DONTWAIT);
      if (identity == null) {
        return i > 0;
      }
      // A multipart message arrives whole, so these reads never wait.
      byte[] frame = router.hasReceiveMore() ? router.recv(0) : null;
      int extraFrames = 0;
      while (router.hasReceiveMore()) {
        router.recv(0);
        extraFrames++;
      }
      handle(router, new PeerId(identity), frame, extraFrames);
    }
    return true;
  }

  private void handle(ZMQ.Socket router, PeerId peer, byte[] frame, int extraFrames) {
    Message message;
    try {
      message = MessageCodec.decode(frame);
    } catch (ProtocolException e) {
      greetIfNew(router, peer);
      badFrame(router, peer, e.getMessage(), e.code(), e.requestId().isPresent()
          ? e.requestId().getAsLong() : null);
      return;
    }
    if (message instanceof Message.Disconnect) {
      peers.remove(peer);
      LOG.info("peer {} disconnected; {} remain", peer, peers.size());
      return;
    }
    greetIfNew(router, peer);
    if (extraFrames > 0) {
      badFrame(router, peer, "a message must be exactly one frame", ProtocolException.BAD_REQUEST,
          message instanceof Message.Request r ? r.id() : null);
    } else if (message instanceof Message.Request r) {
      admit(router, peer, r);
    } else if (!(message instanceof Message.Heartbeat)) {
      malformed.increment();
      LOG.debug("peer {} sent an unexpected {}", peer, message.getClass().getSimpleName());
    }
  }

  private void greetIfNew(ZMQ.Socket router, PeerId peer) {
    if (peers.heard(peer, now())) {
      LOG.info("peer {} joined; {} known", peer, peers.size());
      send(router, peer, readyFrame);
    }
  }

  private void badFrame(ZMQ.Socket router, PeerId peer, String rule, String code, Long id) {
    malformed.increment();
    long n = malformed.sum();
    // A peer that floods garbage must not flood the log: the first ten, then powers of two.
    if (n <= 10 || Long.bitCount(n) == 1) {
      LOG.warn("bad frame #{} from peer {}: {}", n, peer, rule);
    }
    if (id != null) {
      send(router, peer, MessageCodec.encode(new Message.Error(id, code, rule)));
    }
  }

  private void admit(ZMQ.Socket router, PeerId peer, Message.Request r) {
    Batcher.Admission admission = batcher.submit(peer, r);
    String code = switch (admission) {
      case ACCEPTED -> null;
      case CLOSED -> "SHUTTING_DOWN";
      case QUEUE_FULL, TOO_LARGE -> "OVERLOADED";
    };
    if (code == null) {
      return;
    }
    String why = switch (admission) {
      case QUEUE_FULL -> "queue full: " + batcher.queuedItems() + " of " + config.queueCapacity()
          + " items waiting";
      case TOO_LARGE -> "request of " + r.items().size() + " items exceeds the queue capacity of "
          + config.queueCapacity();
      default -> "worker is shutting down";
    };
    if (admission != Batcher.Admission.CLOSED) {
      overloaded.increment();
    }
    send(router, peer, MessageCodec.encode(new Message.Error(r.id(), code, why)));
  }

  private static void send(ZMQ.Socket router, PeerId peer, byte[] frame) {
    // ROUTER drops frames for peers it no longer knows; DONTWAIT so a slow peer never blocks us.
    if (router.send(peer.bytes(), ZMQ.SNDMORE | ZMQ.DONTWAIT)) {
      router.send(frame, ZMQ.DONTWAIT);
    }
  }

  private static long now() {
    return System.currentTimeMillis();
  }
}
