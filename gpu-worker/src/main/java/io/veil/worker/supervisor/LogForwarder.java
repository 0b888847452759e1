package io.veil.worker.supervisor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;

/**
 * Copies a child's output lines to the worker's log with a prefix naming the stream and pid. The
 * model server logs sizes and durations only; long lines are cut so a runaway child cannot flood
 * the log.
 */
final class LogForwarder {

  /** A log line longer than this is cut: stack traces fit, dumped payloads do not. */
  static final int MAX_LINE_CHARS = 2_000;

  private LogForwarder() {}

  /** Starts a daemon thread that forwards {@code in} until end of stream. */
  static Thread start(InputStream in, String prefix, Logger log, boolean error) {
    Thread t = new Thread(() -> pump(in, prefix, log, error), "model-server-log");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void pump(InputStream in, String prefix, Logger log, boolean error) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String cut = line.length() > MAX_LINE_CHARS ? line.substring(0, MAX_LINE_CHARS) + "..." : line;
        if (error) {
          log.warn("[{}] {}", prefix, cut);
        } else {
          log.info("[{}] {}", prefix, cut);
        }
      }
    } catch (IOException e) {
      // The child is gone and its pipe closed: nothing more to forward.
    }
  }
}
