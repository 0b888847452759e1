package io.veil.gateway.dispatch;

import io.veil.protocol.Decision;
import io.veil.protocol.Message;
import io.veil.protocol.MessageCodec;
import io.veil.protocol.ProtocolException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * A stand-in worker for dispatcher tests: a real ZeroMQ ROUTER on its own thread speaking the
 * real protocol (READY on first contact, heartbeats, replies), with scripted answers to requests.
 */
final class FakeWorker implements AutoCloseable {

  /** Decides what to send back for a request ({@code seen} counts requests, from 1). */
  interface Responder {
    Response respond(Message.Request request, int seen);
  }

  /** Frames to send back after a delay; no frames means no answer. */
  record Response(long delayMillis, List<byte[]> frames) {
    static Response none() {
      return new Response(0, List.of());
    }

    static Response now(Message message) {
      return new Response(0, List.of(MessageCodec.encode(message)));
    }

    static Response later(long delayMillis, Message message) {
      return new Response(delayMillis, List.of(MessageCodec.encode(message)));
    }

    static Response raw(byte[] frame) {
      return new Response(0, List.of(frame));
    }
  }

  /** Answers every item OK, sensitive with confidence 0.9, no spans. */
  static Message.Reply okReply(Message.Request request) {
    List<Message.ItemResult> results = new ArrayList<>();
    for (int i = 0; i < request.items().size(); i++) {
      results.add(new Message.ItemResult(Message.ItemStatus.OK, new Decision(true, 0.9),
          Message.NO_SPANS));
    }
    return new Message.Reply(request.id(), results, "fake", 1, 2);
  }

  static Responder ok() {
    return (request, seen) -> Response.now(okReply(request));
  }

  static Responder silent() {
    return (request, seen) -> Response.none();
  }

  static Responder error(String code) {
    return (request, seen) -> Response.now(new Message.Error(request.id(), code, "scripted"));
  }

  private record Scheduled(long dueNanos, byte[] peer, byte[] frame) {}

  private final String name;
  private final Responder responder;
  private final long heartbeatNanos;
  private final ZMQ.Context context = ZMQ.context(1);
  private final String endpoint;
  private final Thread thread;
  private volatile boolean running = true;
  /** When set, the fake forgets its peers at its next round, like a restarted process. */
  volatile boolean forget;
  /** When set, the fake neither answers nor heartbeats, like a stopped process. */
  volatile boolean mute;
  final List<Message.Request> requests = new CopyOnWriteArrayList<>();
  final AtomicInteger framesReceived = new AtomicInteger();
  final AtomicInteger byes = new AtomicInteger();
  final AtomicInteger undecodable = new AtomicInteger();
  private final Optional<CurveKeys.KeyPair> serverKeys;
  private final CompletableFuture<String> bound = new CompletableFuture<>();
  /** Made, used and closed by the fake's thread only. */
  private ZMQ.Socket router;

  FakeWorker(String name, Responder responder, Duration heartbeat,
      Optional<CurveKeys.KeyPair> serverKeys) {
    this.name = name;
    this.responder = responder;
    this.heartbeatNanos = heartbeat.toNanos();
    this.serverKeys = serverKeys;
    thread = new Thread(this::loop, "fake-worker-" + name);
    thread.setDaemon(true);
    thread.start();
    endpoint = bound.join();
  }

  FakeWorker(String name, Responder responder, Duration heartbeat) {
    this(name, responder, heartbeat, Optional.empty());
  }

  String name() {
    return name;
  }

  String endpoint() {
    return endpoint;
  }

  private void bind() {
    router = context.socket(SocketType.ROUTER);
    router.setLinger(0);
    serverKeys.ifPresent(keys -> CurveKeys.applyServer(router, keys));
    router.bind("tcp://127.0.0.1:*");
    bound.complete(router.getLastEndpoint());
  }

  private void loop() {
    bind();
    Map<String, byte[]> peers = new HashMap<>();
    List<Scheduled> scheduled = new ArrayList<>();
    ZMQ.Poller poller = context.poller(1);
    poller.register(router, ZMQ.Poller.POLLIN);
    long nextBeat = System.nanoTime();
    try {
      while (running) {
        poller.poll(5);
        if (forget) {
          forget = false;
          peers.clear();
          scheduled.clear();
        }
        byte[] peer;
        while ((peer = router.recv(ZMQ.DONTWAIT)) != null) {
          byte[] frame = router.recv(0);
          framesReceived.incrementAndGet();
          handle(peer, frame, peers, scheduled);
        }
        long now = System.nanoTime();
        for (Iterator<Scheduled> it = scheduled.iterator(); it.hasNext(); ) {
          Scheduled s = it.next();
          if (now - s.dueNanos >= 0) {
            it.remove();
            if (!mute) {
              send(s.peer, s.frame);
            }
          }
        }
        if (now - nextBeat >= 0) {
          nextBeat = now + heartbeatNanos;
          if (!mute) {
            peers.values().forEach(p -> send(p, MessageCodec.encode(new Message.Heartbeat())));
          }
        }
      }
    } finally {
      poller.close();
      router.close();
      context.close();
    }
  }

  private void handle(byte[] peer, byte[] frame, Map<String, byte[]> peers,
      List<Scheduled> scheduled) {
    Message message;
    try {
      message = MessageCodec.decode(frame);
    } catch (ProtocolException e) {
      undecodable.incrementAndGet();
      return;
    }
    if (mute) {
      return;
    }
    String key = Arrays.toString(peer);
    if (!peers.containsKey(key)) {
      peers.put(key, peer);
      send(peer, MessageCodec.encode(new Message.Ready(name, "fake", 64)));
    }
    if (message instanceof Message.Disconnect) {
      byes.incrementAndGet();
      peers.remove(key);
    } else if (message instanceof Message.Request request) {
      requests.add(request);
      Response response = responder.respond(request, requests.size());
      long due = System.nanoTime() + Duration.ofMillis(response.delayMillis()).toNanos();
      response.frames().forEach(f -> scheduled.add(new Scheduled(due, peer, f)));
    }
  }

  private void send(byte[] peer, byte[] frame) {
    router.send(peer, ZMQ.SNDMORE | ZMQ.DONTWAIT);
    router.send(frame, ZMQ.DONTWAIT);
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join(5_000);
  }
}
