package io.veil.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * TEST ONLY: HTTP/1.1 over a plain socket, for what a well-behaved client cannot send: bodies
 * that trickle in a byte at a time (slowloris), bodies far over the limit whose sender goes on
 * writing after the answer, and headers that lie.
 */
final class RawHttp {

  /**
   * An answer as read off the socket; {@code status} is -1 when the server closed the connection
   * without one.
   */
  record Answer(int status, String head, String body) {
    /** A header's value, or null. */
    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }
  }

  private RawHttp() {}

  /**
   * Sends {@code head} then {@code body} ({@code byteDelay} between body bytes when positive,
   * stopping early once the server answered), and reads the answer until the server closes or
   * {@code readTimeout} passes.
   */
  static Answer exchange(int port, String head, byte[] body, Duration byteDelay,
      Duration readTimeout) throws IOException, InterruptedException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      s.setSoTimeout((int) readTimeout.toMillis());
      OutputStream out = s.getOutputStream();
      InputStream in = s.getInputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      try {
        if (byteDelay.isZero()) {
          out.write(body);
        } else {
          for (int i = 0; i < body.length && in.available() == 0; i++) {
            out.write(body[i]);
            out.flush();
            Thread.sleep(byteDelay.toMillis());
          }
        }
        out.flush();
      } catch (IOException serverClosedWhileWeWrote) {
        // Expected when the server answers (413) and closes before the body is all sent.
      }
      return read(in);
    }
  }

  /** A POST head for {@code path} with a Content-Length of {@code length}. */
  static String post(String path, String type, long length) {
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type
        + "\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n";
  }

  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    try {
      for (int n; (n = in.read(chunk)) >= 0; ) {
        buf.write(chunk, 0, n);
        if (complete(buf.toString(StandardCharsets.ISO_8859_1))) {
          break;
        }
      }
    } catch (SocketTimeoutException | java.net.SocketException e) {
      // Whatever arrived is the answer (or there is none).
    }
    String all = buf.toString(StandardCharsets.UTF_8);
    int split = all.indexOf("\r\n\r\n");
    if (!all.startsWith("HTTP/1.1 ") || split < 0) {
      return new Answer(-1, all, "");
    }
    return new Answer(Integer.parseInt(all.substring(9, 12)), all.substring(0, split),
        all.substring(split + 4));
  }

  /** Whether a whole answer with a Content-Length body has arrived. */
  private static boolean complete(String all) {
    int split = all.indexOf("\r\n\r\n");
    if (split < 0) {
      return false;
    }
    String head = all.substring(0, split).toLowerCase(Locale.ROOT);
    int at = head.indexOf("content-length:");
    if (at < 0) {
      return false;
    }
    int end = head.indexOf("\r\n", at);
    int length = Integer.parseInt(head.substring(at + 15, end < 0 ? head.length() : end).trim());
    return all.length() - split - 4 >= length;
  }
}
