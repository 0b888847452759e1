package io.veil.gateway.dispatch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the inventory file from the socket thread: a cheap stat every poll interval, a read and
 * hash only when size or mtime changed, a parse only when the content changed. A broken file keeps
 * the previous inventory and is logged once per distinct content.
 */
final class InventoryWatcher {

  private static final Logger LOG = LoggerFactory.getLogger(InventoryWatcher.class);

  private final Path file;
  private final long pollNanos;
  private final DispatchMetrics metrics;
  private long nextPollNanos;
  private long lastSize = -1;
  private long lastModified = Long.MIN_VALUE;
  private byte[] lastHash = new byte[0];
  private boolean missingLogged;

  InventoryWatcher(Path file, Duration poll, DispatchMetrics metrics) {
    this.file = file;
    this.pollNanos = poll.toNanos();
    this.metrics = metrics;
  }

  /** Reads the inventory at start; unlike a reload, a broken file here is fatal. */
  Inventory initial(long nowNanos) throws IOException, InventoryException {
    BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
    byte[] bytes = readBounded();
    Inventory inventory = Inventory.parse(bytes, file.toAbsolutePath().getParent());
    remember(attrs, hash(bytes));
    nextPollNanos = nowNanos + pollNanos;
    return inventory;
  }

  /** When the next poll is due, in {@link System#nanoTime()} terms. */
  long nextPollNanos() {
    return nextPollNanos;
  }

  /** Polls if due; returns a new valid inventory when the file's content changed. */
  Optional<Inventory> pollIfDue(long nowNanos) {
    if (nowNanos - nextPollNanos < 0) {
      return Optional.empty();
    }
    nextPollNanos = nowNanos + pollNanos;
    try {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
      missingLogged = false;
      if (attrs.size() == lastSize && attrs.lastModifiedTime().toMillis() == lastModified) {
        return Optional.empty();
      }
      byte[] bytes = readBounded();
      byte[] hash = hash(bytes);
      boolean same = Arrays.equals(hash, lastHash);
      remember(attrs, hash);
      if (same) {
        return Optional.empty();
      }
      Inventory inventory = Inventory.parse(bytes, file.toAbsolutePath().getParent());
      metrics.inventoryReload(true);
      LOG.info("inventory {} reloaded: {} workers", file, inventory.workers().size());
      return Optional.of(inventory);
    } catch (NoSuchFileException e) {
      if (!missingLogged) {
        LOG.error("inventory {} is missing; keeping the previous workers", file);
        metrics.inventoryReload(false);
        missingLogged = true;
      }
    } catch (IOException | InventoryException e) {
      metrics.inventoryReload(false);
      LOG.error("inventory {} rejected, keeping the previous workers: {}", file, e.getMessage());
    }
    return Optional.empty();
  }

  private byte[] readBounded() throws IOException, InventoryException {
    if (Files.size(file) > Inventory.MAX_FILE_BYTES) {
      throw new InventoryException("inventory is larger than " + Inventory.MAX_FILE_BYTES
          + " bytes");
    }
    return Files.readAllBytes(file);
  }

  private void remember(BasicFileAttributes attrs, byte[] hash) {
    lastSize = attrs.size();
    lastModified = attrs.lastModifiedTime().toMillis();
    lastHash = hash;
  }

  private static byte[] hash(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
