package io.veil.gateway.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.veil.gateway.filter.FilterFinding;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends one JSON line per finding: time, event id (when the event has a safe one), path,
 * category, confidence, action. Paths hide keys that could be values; no value is ever written.
 * Called from filter threads, never the event loop.
 */
public final class AuditLog implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final BufferedWriter out;
  private final ReentrantLock lock = new ReentrantLock();

  /** Opens (appends to) the audit log at {@code path}. */
  public AuditLog(Path path) {
    try {
      if (path.getParent() != null) {
        Files.createDirectories(path.getParent());
      }
      this.out = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the audit log", e);
    }
  }

  /** Writes the findings of one event. */
  public void write(String eventId, List<FilterFinding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    StringBuilder b = new StringBuilder();
    String now = Instant.now().toString();
    for (FilterFinding f : findings) {
      ObjectNode n = MAPPER.createObjectNode();
      n.put("time", now);
      if (eventId != null) {
        n.put("event_id", eventId);
      }
      n.put("path", f.path());
      n.put("category", f.category().wireName());
      if (f.confidence() == null) {
        n.putNull("confidence_score");
      } else {
        n.put("confidence_score", f.confidence());
      }
      n.put("action", f.action());
      try {
        b.append(MAPPER.writeValueAsString(n)).append('\n');
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    lock.lock();
    try {
      out.write(b.toString());
      out.flush();
    } catch (IOException e) {
      LOG.warn("audit log write failed: {}", e.getClass().getSimpleName());
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      LOG.warn("audit log close failed: {}", e.getClass().getSimpleName());
    }
  }
}
