package io.veil.worker.bench;

import io.veil.protocol.Message;
import io.veil.protocol.MessageCodec;
import io.veil.protocol.ProtocolException;
import java.time.Duration;
import java.util.function.Predicate;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * A DEALER connected to one worker. Like every ZeroMQ socket it belongs to the thread that
 * created it: create, use and close it on one thread.
 */
public final class WorkerClient implements AutoCloseable {

  /** Heartbeats while waiting for READY, as a gateway does every interval. */
  private static final Duration HELLO_INTERVAL = Duration.ofMillis(500);
  /**
   * Without READY this long, start over on a fresh connection (the Paranoid Pirate's cure): on a
   * loaded host about one fresh JeroMQ 0.6.0 DEALER connection in seven never completes, and only
   * a new socket and context recover it.
   */
  private static final Duration HELLO_PATIENCE = Duration.ofSeconds(2);

  private final String endpoint;
  private ZContext ctx;
  private ZMQ.Socket socket;
  private ZMQ.Poller poller;
  private int reconnects;

  /** Connects to {@code endpoint}; ZeroMQ connects in the background and queues until then. */
  public WorkerClient(String endpoint) {
    this.endpoint = endpoint;
    open();
  }

  private void open() {
    ctx = new ZContext(1);
    socket = ctx.createSocket(SocketType.DEALER);
    socket.setLinger(0);
    socket.connect(endpoint);
    poller = ctx.createPoller(1);
    poller.register(socket, ZMQ.Poller.POLLIN);
  }

  /**
   * Says hello until the worker answers READY: a heartbeat every half second, and a fresh
   * connection after two seconds without answer, until {@code timeout}.
   *
   * @return the READY, or null when none came within {@code timeout}
   */
  public Message.Ready handshake(Duration timeout) throws ProtocolException {
    long until = System.nanoTime() + timeout.toNanos();
    long patience = System.nanoTime() + HELLO_PATIENCE.toNanos();
    while (System.nanoTime() < until) {
      send(new Message.Heartbeat());
      Message m = receiveMatching(HELLO_INTERVAL, x -> x instanceof Message.Ready);
      if (m != null) {
        return (Message.Ready) m;
      }
      if (System.nanoTime() > patience) {
        close();
        open();
        reconnects++;
        patience = System.nanoTime() + HELLO_PATIENCE.toNanos();
      }
    }
    return null;
  }

  /** How often {@link #handshake} started over on a fresh connection. */
  public int reconnects() {
    return reconnects;
  }

  /** Sends one message as one frame. */
  public void send(Message message) {
    sendFrames(MessageCodec.encode(message));
  }

  /** Sends raw frames as one multipart message, for tests of malformed input. */
  public void sendFrames(byte[]... frames) {
    for (int i = 0; i < frames.length; i++) {
      socket.send(frames[i], i < frames.length - 1 ? ZMQ.SNDMORE : 0);
    }
  }

  /**
   * The next message within {@code timeout}, or null when none arrived.
   *
   * @throws ProtocolException when the worker sent a frame that does not decode
   */
  public Message receive(Duration timeout) throws ProtocolException {
    byte[] frame = receiveFrame(timeout);
    return frame == null ? null : MessageCodec.decode(frame);
  }

  /** The next raw frame within {@code timeout}, or null. */
  public byte[] receiveFrame(Duration timeout) {
    long until = System.nanoTime() + timeout.toNanos();
    while (true) {
      byte[] frame = socket.recv(ZMQ.DONTWAIT);
      long left = until - System.nanoTime();
      if (frame != null || left <= 0) {
        return frame;
      }
      // The wake-up is edge-triggered and a send may consume it: ask the socket before sleeping.
      if ((socket.getEvents() & ZMQ.Poller.POLLIN) == 0) {
        poller.poll(Math.max(1, left / 1_000_000));
      }
    }
  }

  /**
   * The first message within {@code timeout} that matches {@code wanted}, skipping others (such as
   * heartbeats), or null.
   */
  public Message receiveMatching(Duration timeout, Predicate<Message> wanted)
      throws ProtocolException {
    long until = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = until - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      Message m = receive(Duration.ofNanos(left));
      if (m != null && wanted.test(m)) {
        return m;
      }
    }
  }

  @Override
  public void close() {
    poller.close();
    ctx.close();
  }
}
