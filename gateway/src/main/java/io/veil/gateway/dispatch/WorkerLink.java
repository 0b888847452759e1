package io.veil.gateway.dispatch;

import io.micrometer.core.instrument.Gauge;
import io.veil.protocol.Message;
import io.veil.protocol.MessageCodec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * The gateway's DEALER to one worker and what it knows of that worker. Owned by the socket thread:
 * every method except the gauges' reads runs there.
 */
final class WorkerLink {

  /**
   * Frames queued while a worker is unreachable: heartbeats only (requests go to live workers),
   * so a small bound keeps a long outage from piling up memory.
   */
  private static final int SEND_HWM = 1000;
  /** Floor of the handshake timeout: a CURVE handshake on a loaded host takes milliseconds. */
  private static final long MIN_HANDSHAKE_MILLIS = 1_000;
  /** Frames buffered from a worker before ZeroMQ pushes back on it. */
  private static final int RECEIVE_HWM = 1000;

  private final ZMQ.Context context;
  private final DispatchConfig config;
  private final CurveKeys.KeyPair clientKeys;
  private final List<Gauge> gauges;
  private WorkerEntry entry;
  private ZMQ.Socket socket;
  private volatile boolean live;
  private volatile int outstanding;
  private final Set<Long> inFlight = new HashSet<>();
  private long lastHeardNanos;
  private long socketSinceNanos;
  /** How long a dead worker's socket may stay silent before it is recreated; doubles each time. */
  private long recreateDelayNanos;

  WorkerLink(ZMQ.Context context, DispatchConfig config, CurveKeys.KeyPair clientKeys,
      WorkerEntry entry, DispatchMetrics metrics, long nowNanos) {
    this.context = context;
    this.config = config;
    this.clientKeys = clientKeys;
    this.entry = entry;
    this.gauges = metrics.workerGauges(entry.name(), () -> live ? 1 : 0, () -> outstanding);
    this.recreateDelayNanos = firstRecreateDelayNanos();
    open(nowNanos);
  }

  /** Creates and connects the DEALER, then greets the worker so its ROUTER learns our identity. */
  private void open(long nowNanos) {
    ZMQ.Socket s = context.socket(SocketType.DEALER);
    s.setLinger(0);
    s.setReconnectIVL((int) config.reconnectMin().toMillis());
    s.setReconnectIVLMax((int) config.reconnectMax().toMillis());
    s.setSndHWM(SEND_HWM);
    s.setRcvHWM(RECEIVE_HWM);
    s.setMaxMsgSize(config.maxReplyBytes());
    // A handshake that stalls (a peer that accepted but never greets) is abandoned and retried
    // after one liveness timeout instead of ZeroMQ's default 30 s.
    s.setHandshakeIvl((int) Math.max(MIN_HANDSHAKE_MILLIS, config.livenessTimeout().toMillis()));
    entry.curveServerKey().ifPresent(key -> CurveKeys.applyClient(s, clientKeys, key));
    s.connect(entry.endpoint());
    socket = s;
    socketSinceNanos = nowNanos;
    send(MessageCodec.encode(new Message.Heartbeat()));
  }

  /** Replaces the socket: a new endpoint or key, or a long silence. Clears liveness. */
  void reopen(WorkerEntry newEntry, long nowNanos) {
    closeSocket(false);
    entry = newEntry;
    markDead(nowNanos);
    open(nowNanos);
  }

  /** Replaces the socket of a silent dead worker and doubles the wait before the next time. */
  void recreate(long nowNanos) {
    reopen(entry, nowNanos);
    recreateDelayNanos = Math.min(recreateDelayNanos * 2, config.recreateAfter().toNanos());
  }

  private long firstRecreateDelayNanos() {
    return Math.min(config.livenessTimeout().toNanos(), config.recreateAfter().toNanos());
  }

  /** Says goodbye when {@code polite} and closes the socket. */
  void closeSocket(boolean polite) {
    if (socket != null) {
      if (polite) {
        send(MessageCodec.encode(new Message.Disconnect()));
      }
      socket.close();
      socket = null;
    }
  }

  /** Sends one frame without blocking; false when the socket's queue is full. */
  boolean send(byte[] frame) {
    return socket != null && socket.send(frame, ZMQ.DONTWAIT);
  }

  /**
   * Receives one message without blocking, or null. A ROUTER may put an empty delimiter before
   * the payload; the payload is the last frame.
   */
  byte[] receive() {
    byte[] frame = socket.recv(ZMQ.DONTWAIT);
    while (frame != null && socket.hasReceiveMore()) {
      frame = socket.recv(0);
    }
    return frame;
  }

  /** Any message proves the worker alive; returns true when it was dead before. */
  boolean heard(long nowNanos) {
    lastHeardNanos = nowNanos;
    boolean revived = !live;
    live = true;
    if (revived) {
      recreateDelayNanos = firstRecreateDelayNanos();
    }
    return revived;
  }

  /** Whether a live worker has been silent past the liveness timeout. */
  boolean silentTooLong(long nowNanos) {
    return live && nowNanos - lastHeardNanos > config.livenessTimeout().toNanos();
  }

  /** When a live worker will be declared dead if it stays silent. */
  long livenessDeadlineNanos() {
    return lastHeardNanos + config.livenessTimeout().toNanos();
  }

  /**
   * Whether a dead worker's socket has been silent so long that it should be recreated: a
   * connection can stall without ever failing, and only a fresh socket cures it.
   */
  boolean deadTooLong(long nowNanos) {
    return !live && nowNanos - Math.max(socketSinceNanos, lastHeardNanos) > recreateDelayNanos;
  }

  /** When {@link #deadTooLong} turns true for a dead worker. */
  long recreateDueNanos() {
    return Math.max(socketSinceNanos, lastHeardNanos) + recreateDelayNanos + 1;
  }

  void markDead(long nowNanos) {
    live = false;
  }

  void add(long id) {
    inFlight.add(id);
    outstanding = inFlight.size();
  }

  boolean remove(long id) {
    boolean had = inFlight.remove(id);
    outstanding = inFlight.size();
    return had;
  }

  /** Removes and returns every request in flight here. */
  List<Long> takeInFlight() {
    List<Long> ids = List.copyOf(inFlight);
    inFlight.clear();
    outstanding = 0;
    return ids;
  }

  List<Gauge> gauges() {
    return gauges;
  }

  boolean isLive() {
    return live;
  }

  int outstanding() {
    return outstanding;
  }

  WorkerEntry entry() {
    return entry;
  }

  String name() {
    return entry.name();
  }

  ZMQ.Socket socket() {
    return socket;
  }
}
