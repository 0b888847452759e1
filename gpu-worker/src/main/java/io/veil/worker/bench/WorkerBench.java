package io.veil.worker.bench;

import io.veil.protocol.Category;
import io.veil.protocol.Message;
import io.veil.protocol.ProtocolException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Drives one worker over ZeroMQ from this process and reports items per second and request
 * latency percentiles; with {@code --baseline-endpoint}, first runs the same traffic against a
 * baseline worker (the {@code echo-baseline} backend, which only moves frames) and prints the
 * ratios. Closed loop with {@code --outstanding} requests in flight, or open loop at {@code
 * --rate} requests per second with latency measured from each request's intended send time.
 */
@Command(name = "worker-bench", mixinStandardHelpOptions = true,
    description = "Benchmark one Veil worker through ZeroMQ.")
public final class WorkerBench implements Callable<Integer> {

  @Option(names = "--endpoint", required = true, description = "Worker under test.")
  String endpoint;

  @Option(names = "--baseline-endpoint", description = "Baseline worker, run first.")
  String baselineEndpoint;

  @Option(names = "--duration-s", defaultValue = "10", description = "Measured seconds per run.")
  int durationSeconds;

  @Option(names = "--warmup-s", defaultValue = "3", description = "Unmeasured seconds first.")
  int warmupSeconds;

  @Option(names = "--outstanding", defaultValue = "16",
      description = "Closed loop: requests in flight.")
  int outstanding;

  @Option(names = "--rate", defaultValue = "0",
      description = "Open loop: requests per second (0 = closed loop).")
  int rate;

  @Option(names = "--items", defaultValue = "16", description = "Items per request.")
  int itemsPerRequest;

  @Option(names = "--deadline-ms", defaultValue = "5000", description = "Request deadline.")
  int deadlineMs;

  /** Requests still unanswered this long after the run are counted as timeouts. */
  private static final Duration TAIL_WAIT = Duration.ofSeconds(3);

  /** Runs the benchmark. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new WorkerBench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    System.out.printf(Locale.ROOT, "mode %s, %d items/request, warm-up %d s, measured %d s%n",
        rate > 0 ? "open loop at " + rate + " requests/s" : "closed loop, " + outstanding
            + " outstanding", itemsPerRequest, warmupSeconds, durationSeconds);
    LoadResult baseline = null;
    if (baselineEndpoint != null) {
      baseline = run(baselineEndpoint);
      baseline.print(System.out, "baseline");
    }
    LoadResult result = run(endpoint);
    result.print(System.out, "worker");
    if (baseline != null) {
      System.out.printf(Locale.ROOT, "ratio worker/baseline: items/s %.3f, p99 latency %.2fx%n",
          result.itemsPerSecond() / baseline.itemsPerSecond(),
          result.p99Millis() / Math.max(0.001, baseline.p99Millis()));
    }
    return result.errors.isEmpty() && result.timeouts == 0 ? 0 : 1;
  }

  private LoadResult run(String target) throws ProtocolException {
    try (WorkerClient client = new WorkerClient(target)) {
      if (client.handshake(Duration.ofSeconds(20)) == null) {
        throw new IllegalStateException("no READY from " + target + " within 20 s");
      }
      Driver driver = new Driver(client, new LoadResult());
      driver.drive(Duration.ofSeconds(warmupSeconds));
      driver.result.reset();
      driver.drive(Duration.ofSeconds(durationSeconds));
      driver.finish();
      return driver.result;
    }
  }

  /** Sends and receives on the client's thread; the schedule never depends on replies in open loop. */
  private final class Driver {
    private final WorkerClient client;
    private final LoadResult result;
    private final Map<Long, long[]> inFlight = new HashMap<>();
    private final Random random = new Random(42);
    private long nextId = 1;
    /** Replies to requests sent before the current phase are not counted in it. */
    private long phaseFirstId = 1;

    Driver(WorkerClient client, LoadResult result) {
      this.client = client;
      this.result = result;
    }

    void drive(Duration length) throws ProtocolException {
      phaseFirstId = nextId;
      long start = System.nanoTime();
      long end = start + length.toNanos();
      long intervalNanos = rate > 0 ? 1_000_000_000L / rate : 0;
      long nextIntended = start;
      long now = start;
      while (now < end) {
        if (rate > 0) {
          for (; nextIntended <= now; nextIntended += intervalNanos) {
            send(nextIntended);
          }
        } else {
          while (inFlight.size() < outstanding) {
            send(now);
          }
        }
        long waitNanos = (rate > 0 ? Math.min(nextIntended, end) : end) - now;
        // Whole milliseconds, at least one, so that waiting never spins.
        receiveAll(Duration.ofMillis(Math.max(1, (waitNanos + 999_999) / 1_000_000)));
        now = System.nanoTime();
      }
      result.seconds = (now - start) / 1e9;
    }

    void finish() throws ProtocolException {
      long until = System.nanoTime() + TAIL_WAIT.toNanos();
      while (!inFlight.isEmpty() && System.nanoTime() < until) {
        receiveAll(Duration.ofMillis(10));
      }
      result.timeouts += inFlight.size();
    }

    private void send(long intendedNanos) {
      long id = nextId++;
      inFlight.put(id, new long[] {intendedNanos, System.nanoTime()});
      client.send(new Message.Request(id, System.currentTimeMillis() + deadlineMs, items()));
    }

    private void receiveAll(Duration wait) throws ProtocolException {
      Message m = client.receive(wait);
      while (m != null) {
        handle(m);
        m = client.receive(Duration.ZERO);
      }
    }

    private void handle(Message m) {
      long id = m instanceof Message.Reply r ? r.id() : m instanceof Message.Error e ? e.id() : 0;
      if (id < phaseFirstId) {
        inFlight.remove(id);
        return;
      }
      if (m instanceof Message.Reply r) {
        for (Message.ItemResult ir : r.results()) {
          if (ir.status() == Message.ItemStatus.EXPIRED) {
            result.expiredItems++;
          } else {
            result.items++;
          }
        }
      } else if (m instanceof Message.Error e) {
        result.recordError(e.code());
      }
      long[] sent = inFlight.remove(id);
      if (sent != null) {
        long now = System.nanoTime();
        result.requests++;
        result.corrected.recordValue(Math.min(60_000_000L, (now - sent[0]) / 1_000));
        result.uncorrected.recordValue(Math.min(60_000_000L, (now - sent[1]) / 1_000));
      }
    }

    /** Synthetic items: one in four holds a made-up address at example.com, the rest are plain. */
    private List<Message.Item> items() {
      List<Message.Item> items = new ArrayList<>(itemsPerRequest);
      for (int i = 0; i < itemsPerRequest; i++) {
        int n = random.nextInt(1_000_000);
        if (random.nextInt(4) == 0) {
          items.add(new Message.Item("contact user" + n + "@example.com about order " + n,
              Category.EMAIL, "$.note"));
        } else {
          Category c = Category.all().get(random.nextInt(Category.all().size()));
          items.add(new Message.Item("order " + n + " shipped to warehouse 7 on time", c,
              "$.status"));
        }
      }
      return items;
    }
  }
}
