package io.veil.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.veil.loadtest.drive.DriveOptions;
import io.veil.loadtest.drive.LoadDriver;
import io.veil.loadtest.measure.RunResult;
import io.veil.loadtest.measure.TimelinePoint;
import io.veil.loadtest.schedule.Schedule;
import io.vertx.core.Vertx;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection under load: the load tester sends events with four planted values each, at a
 * steady open-loop rate, to the packaged gateway in front of three packaged workers (two embedded,
 * one {@code cascade} supervising the stand-in model server), while this test kills -9 a worker
 * and restarts it, SIGSTOPs one and continues it, kills the model server child, restarts every
 * worker one by one, and removes a worker from the inventory. Every request must get a 2xx
 * answer, none may carry a planted value, and the fleet must recover without a gateway restart.
 *
 * <p>{@code -Dveil.chaos.seconds} (default 40) and {@code -Dveil.chaos.rate} (default 30/s) make
 * the longer scripted run ({@code reliability/chaos.sh}); figures go to {@code
 * target/reliability/fault-injection.txt}.
 */
@Timeout(600)
class FaultInjectionIT {

  private static final int SECONDS = Integer.getInteger("veil.chaos.seconds", 40);
  private static final double RATE = Double.parseDouble(System.getProperty("veil.chaos.rate", "30"));
  private static final Duration WARMUP = Duration.ofSeconds(1);
  /**
   * Longer than the gateway's own request timeout (10 s), so that whatever the gateway answers,
   * even late on a starved machine, is seen: a client timeout here means no answer at all.
   */
  private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(15);
  private static final Path REPORT = Path.of("target", "reliability", "fault-injection.txt");

  private final List<String> log = new ArrayList<>();
  private final List<Double> faultTimes = new ArrayList<>();
  private long startNanos;

  @Test
  void faultsUnderLoad_everyRequestAnswered_nothingLeaked_fleetRecovers(@TempDir Path dir)
      throws Exception {
    PlantedEvents planted = new PlantedEvents(7);
    var corpus = planted.corpus(400);
    try (Fleet fleet = new Fleet(dir, "fault-injection")) {
      int[] ports = {Fleet.freePort(), Fleet.freePort(), Fleet.freePort()};
      int modelPort = Fleet.freePort();
      Process[] workers = {fleet.worker("w1", ports[0]), fleet.worker("w2", ports[1]),
          fleet.cascadeWorker("w3", ports[2], modelPort)};
      fleet.writeInventory(List.of(new Fleet.Entry("w1", ports[0]),
          new Fleet.Entry("w2", ports[1]), new Fleet.Entry("w3", ports[2])));
      Process gateway = fleet.startGateway(Map.of("VEIL_AUDIT_LOG",
          dir.resolve("audit.jsonl").toString()));
      for (String w : List.of("w1", "w2", "w3")) {
        awaitLive(fleet, w, Duration.ofSeconds(60));
      }
      Vertx vertx = Vertx.vertx();
      RunResult r;
      try {
        DriveOptions options = new DriveOptions(fleet.api(), "/v1/filter",
            Schedule.Kind.CONSTANT, Duration.ofSeconds(SECONDS).plus(WARMUP), WARMUP, 64,
            CLIENT_TIMEOUT, 10_000, 1, true, false);
        startNanos = System.nanoTime();
        CompletableFuture<RunResult> run = CompletableFuture.supplyAsync(
            () -> new LoadDriver(vertx, corpus).run("faults", RATE, options));
        injectFaults(fleet, workers, ports, modelPort);
        r = run.get(SECONDS + 60L, TimeUnit.SECONDS);
      } finally {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      }
      long recoveryMs = recovery(fleet);
      report(r, recoveryMs, gateway);
      List<String> leaks = new ArrayList<>();
      leaks.addAll(LeakScan.find("process output or audit log", fleet.everythingWritten(),
          planted.all()));
      leaks.addAll(LeakScan.find("/metrics", fleet.management("/metrics"), planted.all()));

      assertThat(r.leaks()).as("planted values in answers").isZero();
      assertThat(leaks).as("planted values in logs, audit log or metrics").isEmpty();
      assertThat(r.scheduled()).isGreaterThan((long) (RATE * SECONDS * 0.9));
      assertThat(r.ok()).as("2xx answers of " + r.scheduled()).isEqualTo(r.scheduled());
      assertThat(r.failed()).isZero();
      assertThat(gateway.isAlive()).as("the same gateway process served throughout").isTrue();
      assertThat(recoveryMs).isLessThan(30_000);
    }
  }

  private void injectFaults(Fleet fleet, Process[] w, int[] ports, int modelPort)
      throws Exception {
    at(0.10, "kill -9 w1");
    Fleet.killHard(w[0]);
    at(0.20, "restart w1");
    w[0] = fleet.worker("w1", ports[0]);
    at(0.28, "SIGSTOP w2");
    Fleet.signal(w[1].pid(), "STOP");
    at(0.38, "SIGCONT w2");
    Fleet.signal(w[1].pid(), "CONT");
    at(0.45, "kill -9 the model server child of w3");
    List<ProcessHandle> model = w[2].descendants()
        .filter(p -> p.info().commandLine().orElse("").contains("standin_model_server")).toList();
    assertThat(model).as("the cascade worker's model server child").isNotEmpty();
    model.forEach(ProcessHandle::destroyForcibly);
    double[] restartAt = {0.52, 0.60, 0.68};
    for (int i = 0; i < 3; i++) {
      at(restartAt[i], "rolling restart w" + (i + 1));
      Fleet.stop(w[i]);
      w[i] = i == 2 ? fleet.cascadeWorker("w3", ports[2], modelPort)
          : fleet.worker("w" + (i + 1), ports[i]);
      long t0 = System.nanoTime();
      awaitLive(fleet, "w" + (i + 1), Duration.ofSeconds(30));
      log.set(log.size() - 1, log.get(log.size() - 1) + String.format(Locale.ROOT,
          " (live again after %.1f s)", (System.nanoTime() - t0) / 1e9));
    }
    at(0.80, "remove w2 from the inventory");
    fleet.writeInventory(List.of(new Fleet.Entry("w1", ports[0]),
        new Fleet.Entry("w3", ports[2])));
    at(0.86, "stop the removed w2");
    Fleet.stop(w[1]);
  }

  /** Sleeps until {@code fraction} of the run, then notes the fault. */
  private void at(double fraction, String what) throws InterruptedException {
    long due = startNanos + (long) (fraction * SECONDS * 1e9) + WARMUP.toNanos();
    long wait = due - System.nanoTime();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
    double t = (System.nanoTime() - startNanos) / 1e9 - WARMUP.toSeconds();
    faultTimes.add(t);
    log.add(String.format(Locale.ROOT, "t=%5.1f s  %s", t, what));
  }

  /**
   * Per fault: seconds from the fault to the end of the last second, before the next fault, that
   * had a degraded or failed answer (0 when none did). The timeline is by intended send time.
   */
  private List<Double> recoveries(List<TimelinePoint> timeline) {
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < faultTimes.size(); i++) {
      double from = faultTimes.get(i);
      double to = i + 1 < faultTimes.size() ? faultTimes.get(i + 1) : Double.MAX_VALUE;
      double last = from;
      for (TimelinePoint p : timeline) {
        if (p.second() + 1 > from && p.second() < to && (p.degraded() > 0 || p.failed() > 0)) {
          last = Math.max(last, p.second() + 1);
        }
      }
      out.add(last - from);
    }
    return out;
  }

  private static void awaitLive(Fleet fleet, String worker, Duration max)
      throws InterruptedException {
    String line = "veil_gateway_worker_live{worker=\"" + worker + "\"} 1.0";
    Fleet.await(() -> {
      try {
        return fleet.management("/metrics").contains(line);
      } catch (Exception e) {
        return false;
      }
    }, max, worker + " live");
  }

  /** Milliseconds from the end of the load until the gateway answers a probe undegraded. */
  private static long recovery(Fleet fleet) throws Exception {
    ObjectMapper json = new ObjectMapper();
    long start = System.nanoTime();
    String probe = "{\"user\":{\"email\":\"probe.user@example.org\"}}";
    Fleet.await(() -> {
      try {
        var a = fleet.filter(probe);
        return a.statusCode() == 200 && !json.readTree(a.body()).get("degraded").booleanValue();
      } catch (Exception e) {
        return false;
      }
    }, Duration.ofSeconds(30), "an undegraded answer after the faults");
    return (System.nanoTime() - start) / 1_000_000;
  }

  private void report(RunResult r, long recoveryMs, Process gateway) throws Exception {
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "fault injection: %d s at %.0f events/s (after %d s"
        + " warm-up), 4 planted values per event", SECONDS, RATE, WARMUP.toSeconds()));
    List<Double> rec = recoveries(r.timeline());
    for (int i = 0; i < log.size(); i++) {
      out.add(String.format(Locale.ROOT, "%s  (degraded answers for %.1f s after it)", log.get(i),
          rec.get(i)));
    }
    out.add(String.format(Locale.ROOT, "sent %d  answered-2xx %d  degraded %d  non-2xx %d"
            + "  timeouts %d  errors %d  dropped %d  leaked %d", r.scheduled(), r.ok(),
        r.degraded(), r.non2xx(), r.timeouts(), r.errors(), r.dropped(), r.leaks()));
    out.add(String.format(Locale.ROOT, "latency (corrected) p50 %.0f ms  p99 %.0f ms  max %.0f ms",
        r.corrected().p50(), r.corrected().p99(), r.corrected().max()));
    out.add("degraded seconds: " + degradedSeconds(r.timeline()));
    out.add(String.format(Locale.ROOT, "recovery time: at most %.1f s after any fault; an"
        + " undegraded probe %d ms after the load ended; the same gateway (pid %d) alive: %s",
        rec.stream().mapToDouble(Double::doubleValue).max().orElse(0), recoveryMs, gateway.pid(),
        gateway.isAlive()));
    Files.createDirectories(REPORT.getParent());
    Files.write(REPORT, out, StandardCharsets.UTF_8);
    out.forEach(System.out::println);
  }

  private static String degradedSeconds(List<TimelinePoint> timeline) {
    StringBuilder b = new StringBuilder();
    for (TimelinePoint p : timeline) {
      if (p.degraded() > 0 || p.failed() > 0) {
        b.append(String.format(Locale.ROOT, "t=%d s: %d/%d degraded, %d failed; ", p.second(),
            p.degraded(), p.answered(), p.failed()));
      }
    }
    return b.length() == 0 ? "none" : b.toString();
  }
}
