package io.veil.gateway.dispatch;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Helpers shared by the dispatcher tests: inventories, short intervals, waiting, meters. */
final class TestFleet {

  /** Short enough that liveness (3 intervals) passes in well under a second. */
  static final Duration HEARTBEAT = Duration.ofMillis(100);

  /**
   * Short intervals, and a liveness of 10 intervals so that a loaded test host does not declare
   * a worker dead in tests about something else; liveness tests set their own.
   */
  static DispatchConfig config() {
    return DispatchConfig.defaults().withHeartbeatInterval(HEARTBEAT).withLivenessIntervals(10)
        .withReconnect(Duration.ofMillis(50), Duration.ofMillis(200))
        .withInventoryPoll(Duration.ofMillis(50)).withRecreateAfter(Duration.ofSeconds(4));
  }

  /** One inventory entry. */
  record Entry(String name, String endpoint, String curveKeyZ85) {
    Entry(FakeWorker worker) {
      this(worker.name(), worker.endpoint(), null);
    }
  }

  /** Writes the inventory atomically, as an editor's save-and-rename would. */
  static void writeInventory(Path file, List<Entry> entries) throws IOException {
    StringBuilder yaml = new StringBuilder("workers:\n");
    for (Entry e : entries) {
      yaml.append("  - name: ").append(e.name()).append('\n')
          .append("    host: localhost\n")
          .append("    endpoint: ").append(e.endpoint()).append('\n')
          .append("    gpu: null\n    backend: embedded\n    model: null\n");
      if (e.curveKeyZ85() != null) {
        yaml.append("    curve_server_key: \"").append(e.curveKeyZ85()).append("\"\n");
      }
    }
    writeRaw(file, yaml.toString());
  }

  static void writeRaw(Path file, String content) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, content, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static void writeInventory(Path file, FakeWorker... workers) throws IOException {
    writeInventory(file, java.util.Arrays.stream(workers).map(Entry::new).toList());
  }

  /** Waits until {@code condition} holds; fails the test after {@code timeout}. */
  static void await(Duration timeout, String what, BooleanSupplier condition)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - end > 0) {
        // Thread stacks make a hang in a socket thread diagnosable from the report alone.
        Thread.getAllStackTraces().forEach((t, stack) -> {
          if (!t.isDaemon() || t.getName().startsWith("veil-") || t.getName().startsWith("fake-")
              || t.getName().contains("thread") || t.getName().startsWith("tap-")) {
            System.err.println("thread " + t.getName() + " " + t.getState());
            for (StackTraceElement e : stack) {
              System.err.println("    at " + e);
            }
          }
        });
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(10);
    }
  }

  static double counter(MeterRegistry registry, String name, String... tags) {
    var counter = registry.find(name).tags(tags).counter();
    return counter == null ? 0 : counter.count();
  }

  static Double gauge(MeterRegistry registry, String name, String worker) {
    Gauge gauge = registry.find(name).tag("worker", worker).gauge();
    return gauge == null ? null : gauge.value();
  }

  static boolean live(MeterRegistry registry, String worker) {
    Double value = gauge(registry, "veil.gateway.worker.live", worker);
    return value != null && value == 1.0;
  }

  private TestFleet() {}
}
