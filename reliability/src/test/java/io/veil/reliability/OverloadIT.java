package io.veil.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.loadtest.corpus.Corpus;
import io.veil.loadtest.drive.DriveOptions;
import io.veil.loadtest.drive.LoadDriver;
import io.veil.loadtest.measure.RunResult;
import io.veil.loadtest.schedule.Schedule;
import io.vertx.core.Vertx;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Overload against the packaged gateway (one packaged worker), made cheap by a small in-flight
 * limit ({@code VEIL_LIMITS_IN_FLIGHT_EVENTS=2}): a sustainable rate first (all answered 2xx),
 * then an open-loop rate three times the highest rate it served, then the sustainable rate
 * again. Under overload the gateway sheds with 503 {@code overloaded} and Retry-After, answers
 * every request, leaks nothing, and its resident memory stays bounded; afterwards it serves every
 * request again. Figures go to {@code target/reliability/overload.txt}.
 */
@Timeout(240)
class OverloadIT {

  private static final int IN_FLIGHT = 2;
  private static final double LOW_RATE = 20;
  /** Far above what one or two events in flight can serve here. */
  private static final double PROBE_RATE = 500;
  private static final Duration PHASE = Duration.ofSeconds(5);
  /** Resident memory the gateway (-Xmx256m) must stay under, heap and everything else. */
  private static final long RSS_BOUND_BYTES = 700L << 20;
  private static final Path REPORT = Path.of("target", "reliability", "overload.txt");

  @Test
  void twiceTheSustainableRate_isShedWith503AndRetryAfter_memoryBounded_thenRecovers(
      @TempDir Path dir) throws Exception {
    PlantedEvents planted = new PlantedEvents(3);
    Corpus corpus = planted.corpus(300);
    try (Fleet fleet = new Fleet(dir, "overload")) {
      int port = Fleet.freePort();
      fleet.writeInventory(List.of(new Fleet.Entry("w1", port)));
      fleet.worker("w1", port);
      Process gateway = fleet.startGateway(Map.of("VEIL_LIMITS_IN_FLIGHT_EVENTS",
          String.valueOf(IN_FLIGHT)));
      Fleet.await(() -> fleet.status("/health/ready") == 200, Duration.ofSeconds(60), "ready");
      Vertx vertx = Vertx.vertx();
      try {
        LoadDriver driver = new LoadDriver(vertx, corpus);
        RunResult before = driver.run("before", LOW_RATE, options(fleet));
        // The highest rate served: what comes back 2xx while far more is offered; then the
        // overload runs at 3 times that (capped so that the tester itself stays cheap).
        RunResult saturated = driver.run("probe", PROBE_RATE, options(fleet));
        double capacity = saturated.achievedRate();
        double high = Math.min(1000, Math.max(50, 3 * capacity));
        AtomicLong peakRss = new AtomicLong();
        List<HttpResponse<String>> shed = new ArrayList<>();
        CompletableFuture<RunResult> overload = CompletableFuture.supplyAsync(
            () -> driver.run("overload", high, options(fleet)));
        sampleWhile(overload, gateway, peakRss, fleet, corpus, shed);
        RunResult over = overload.get(60, TimeUnit.SECONDS);
        RunResult after = driver.run("after", LOW_RATE, options(fleet));
        report(List.of(before, saturated, over, after), capacity, peakRss.get(), shed.size());

        assertThat(before.failed()).as("failures at the sustainable rate").isZero();
        assertThat(over.non2xx()).as("requests shed with 503").isPositive();
        assertThat(over.timeouts() + over.errors() + over.dropped()).as("unanswered").isZero();
        assertThat(over.offeredRate()).as("offered vs served")
            .isGreaterThanOrEqualTo(2 * over.achievedRate());
        assertThat(before.leaks() + over.leaks() + after.leaks()).isZero();
        assertThat(peakRss.get()).isPositive().isLessThan(RSS_BOUND_BYTES);
        assertThat(shed).as("503 answers sampled during the overload").isNotEmpty();
        for (HttpResponse<String> r : shed) {
          assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
          assertThat(r.body()).contains("\"code\":\"overloaded\"");
        }
        assertThat(after.failed()).as("failures after the load dropped").isZero();
        assertThat(after.ok()).isEqualTo(after.scheduled());
      } finally {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      }
    }
  }

  private static DriveOptions options(Fleet fleet) {
    return new DriveOptions(fleet.api(), "/v1/filter", Schedule.Kind.CONSTANT,
        PHASE.plusSeconds(1), Duration.ofSeconds(1), 64, Duration.ofSeconds(15), 10_000, 1,
        true, false);
  }

  /** Every 250 ms until the run ends: the gateway's RSS, and one extra request to catch a 503. */
  private static void sampleWhile(CompletableFuture<?> run, Process gateway, AtomicLong peakRss,
      Fleet fleet, Corpus corpus, List<HttpResponse<String>> shed) throws Exception {
    int i = 0;
    while (!run.isDone()) {
      peakRss.accumulateAndGet(rss(gateway.pid()), Math::max);
      HttpResponse<String> r = fleet.post("/v1/filter", "application/json",
          corpus.get(i++).body());
      if (r.statusCode() == 503) {
        shed.add(r);
      }
      Thread.sleep(250);
    }
  }

  /** Resident set size from /proc, in bytes (0 where /proc is missing). */
  private static long rss(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (Exception e) {
      return 0;
    }
    return 0;
  }

  private static void report(List<RunResult> runs, double capacity, long peakRss, int sampled503)
      throws Exception {
    RunResult over = runs.get(2);
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "overload: in-flight limit %d; highest rate served %.0f"
        + " events/s (2xx per second while %.0f/s were offered)", IN_FLIGHT, capacity, PROBE_RATE));
    for (RunResult r : runs) {
      out.add(String.format(Locale.ROOT, "%-8s offered %5.0f/s  sent %5d  2xx %5d (%.0f/s)"
              + "  503 %5d  timeouts %d  errors %d  leaked %d  p50 %.0f ms  p99 %.0f ms",
          r.label(), r.offeredRate(), r.scheduled(), r.ok(), r.achievedRate(), r.non2xx(),
          r.timeouts(), r.errors(), r.leaks(), r.corrected().p50(), r.corrected().p99()));
    }
    out.add(String.format(Locale.ROOT, "offered/served under overload: %.1fx; gateway peak RSS"
        + " %d MiB; sampled 503s with Retry-After: %d", over.offeredRate()
        / Math.max(1e-9, over.achievedRate()), peakRss >> 20, sampled503));
    Files.createDirectories(REPORT.getParent());
    Files.write(REPORT, out, StandardCharsets.UTF_8);
    out.forEach(System.out::println);
  }
}
