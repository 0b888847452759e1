package io.veil.gateway.dispatch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP relay that records every byte passing in both directions, to check what a
 * ZeroMQ link puts on the wire. Test only.
 */
final class TcpTap implements AutoCloseable {

  /** Enough for a handshake and a few small messages; later bytes are relayed, not kept. */
  private static final int MAX_CAPTURE = 1 << 20;

  private final ServerSocket server;
  private final int targetPort;
  private final java.util.concurrent.atomic.AtomicInteger blackHoles;
  final java.util.concurrent.atomic.AtomicInteger accepted =
      new java.util.concurrent.atomic.AtomicInteger();
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final List<Thread> threads = new CopyOnWriteArrayList<>();

  TcpTap(String targetEndpoint) throws IOException {
    this(targetEndpoint, 0);
  }

  /**
   * A tap whose first {@code blackHoles} connections are accepted and then ignored (a peer that
   * never greets, like a stalled connection), and later ones relayed.
   */
  TcpTap(String targetEndpoint, int blackHoles) throws IOException {
    this.blackHoles = new java.util.concurrent.atomic.AtomicInteger(blackHoles);
    this.targetPort = Integer.parseInt(targetEndpoint.substring(targetEndpoint.lastIndexOf(':') + 1));
    this.server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
    start("tap-accept", this::acceptLoop);
  }

  String endpoint() {
    return "tcp://127.0.0.1:" + server.getLocalPort();
  }

  byte[] captured() {
    synchronized (captured) {
      return captured.toByteArray();
    }
  }

  boolean contains(String text) {
    return new String(captured(), java.nio.charset.StandardCharsets.ISO_8859_1).contains(text);
  }

  private void acceptLoop() {
    try {
      while (!server.isClosed()) {
        Socket client = server.accept();
        accepted.incrementAndGet();
        if (blackHoles.getAndDecrement() > 0) {
          sockets.add(client);
          continue;
        }
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        sockets.add(client);
        sockets.add(upstream);
        start("tap-up", () -> pump(client, upstream));
        start("tap-down", () -> pump(upstream, client));
      }
    } catch (IOException closed) {
      // close() ends the loop.
    }
  }

  private void pump(Socket from, Socket to) {
    byte[] buffer = new byte[8192];
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        synchronized (captured) {
          if (captured.size() < MAX_CAPTURE) {
            captured.write(buffer, 0, n);
          }
        }
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException closed) {
      // Either side went away.
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private void start(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    threads.add(t);
    t.start();
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // Already closed.
    }
  }

  @Override
  public void close() throws Exception {
    server.close();
    sockets.forEach(TcpTap::closeQuietly);
    for (Thread t : threads) {
      t.join(2_000);
    }
  }
}
