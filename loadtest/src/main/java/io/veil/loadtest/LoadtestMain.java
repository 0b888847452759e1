package io.veil.loadtest;

import io.veil.loadtest.baseline.EchoServer;
import io.veil.loadtest.corpus.Corpus;
import io.veil.loadtest.drive.DriveOptions;
import io.veil.loadtest.drive.LoadDriver;
import io.veil.loadtest.report.Charts;
import io.veil.loadtest.report.HtmlReport;
import io.veil.loadtest.report.JsonReport;
import io.veil.loadtest.report.Report;
import io.veil.loadtest.report.Summary;
import io.veil.loadtest.schedule.Schedule;
import io.veil.loadtest.slo.FindMax;
import io.veil.loadtest.slo.Slo;
import io.vertx.core.Vertx;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Command line of the load tester. Exit codes: 0 the SLO held, 1 it was missed, 2 bad usage,
 * 3 a planted value leaked (whatever else happened), 4 the test could not run.
 */
@Command(name = "veil-loadtest", mixinStandardHelpOptions = true,
        description = "Open-loop, coordinated-omission-corrected, leak-checking load test of Veil's HTTP API.")
public final class LoadtestMain implements Callable<Integer> {
    /** Exit code when the SLO was missed. */
    public static final int EXIT_SLO_MISSED = 1;
    /** Exit code when any planted value came back unredacted. */
    public static final int EXIT_LEAK = 3;
    /** Exit code when the test could not run. */
    public static final int EXIT_FAILED = 4;

    @Option(names = "--target", required = true, description = "Base URI, e.g. http://127.0.0.1:8080")
    URI target;
    @Option(names = "--path", defaultValue = "/v1/filter", description = "Request path (default ${DEFAULT-VALUE})")
    String path;
    @Option(names = "--corpus", required = true, description = "Events JSONL from the training generator")
    Path corpus;
    @Option(names = "--rate", defaultValue = "200", description = "Requests per second (default ${DEFAULT-VALUE})")
    double rate;
    @Option(names = "--duration", defaultValue = "60s", converter = DurationConverter.class,
            description = "Run length including warm-up (default ${DEFAULT-VALUE})")
    Duration duration;
    @Option(names = "--warmup", converter = DurationConverter.class,
            description = "Sent but not measured; default a fifth of the duration, at most 10s")
    Duration warmup;
    @Option(names = "--ramp", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Climb from a tenth of the rate to all of it during the warm-up (default on; --no-ramp)")
    boolean ramp;
    @Option(names = "--schedule", defaultValue = "CONSTANT", description = "CONSTANT or POISSON (default ${DEFAULT-VALUE})")
    Schedule.Kind schedule;
    @Option(names = "--seed", defaultValue = "1", description = "Poisson schedule seed (default ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--connections", defaultValue = "256",
            description = "Most HTTP connections; opened as needed, so enough for rate x latency (default ${DEFAULT-VALUE})")
    int connections;
    @Option(names = "--timeout", defaultValue = "5s", converter = DurationConverter.class,
            description = "Per-request timeout (default ${DEFAULT-VALUE})")
    Duration timeout;
    @Option(names = "--max-outstanding", defaultValue = "10000",
            description = "Requests in flight beyond this are dropped and counted (default ${DEFAULT-VALUE})")
    int maxOutstanding;
    @Option(names = "--slo-rate", defaultValue = "0", description = "Required achieved rate, requests/s")
    double sloRate;
    @Option(names = "--slo-p99", converter = DurationConverter.class, description = "Corrected p99 not to exceed")
    Duration sloP99;
    @Option(names = "--slo-max-failed", defaultValue = "0.001",
            description = "Largest share of requests allowed to fail (default ${DEFAULT-VALUE})")
    double sloMaxFailed;
    @Option(names = "--find-max", description = "Step the rate up and report the highest that holds the SLO")
    boolean findMax;
    @Option(names = "--factor", defaultValue = "1.5", description = "Rate growth per search step (default ${DEFAULT-VALUE})")
    double factor;
    @Option(names = "--max-steps", defaultValue = "8", description = "Most growing steps (default ${DEFAULT-VALUE})")
    int maxSteps;
    @Option(names = "--refine-steps", defaultValue = "3", description = "Most bisecting steps (default ${DEFAULT-VALUE})")
    int refineSteps;
    @Option(names = "--max-rate", defaultValue = "20000", description = "Never offer more (default ${DEFAULT-VALUE})")
    double maxRate;
    @Option(names = "--baseline", description = "First run the same schedule against a bare in-process echo server")
    boolean baseline;
    @Option(names = "--out", defaultValue = "target/loadtest-report", description = "Report directory")
    Path out;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int execute(String... args) {
        return new CommandLine(new LoadtestMain())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    // Messages here name files, options and rules, never event content.
                    cmd.getErr().println("veil-loadtest: cannot run: " + e.getMessage());
                    return EXIT_FAILED;
                })
                .execute(args);
    }

    @Override
    public Integer call() throws Exception {
        Slo slo;
        DriveOptions options;
        FindMax search;
        try {
            if (!(rate > 0) || Double.isInfinite(rate)) {
                throw new IllegalArgumentException("rate must be a positive number of requests per second");
            }
            Duration warm = warmup != null ? warmup : min(Duration.ofSeconds(10), duration.dividedBy(5));
            slo = new Slo(sloRate, findMax && sloP99 == null ? Duration.ofSeconds(1) : sloP99, sloMaxFailed);
            options = new DriveOptions(target, path, schedule, duration, warm, connections, timeout,
                    maxOutstanding, seed, true, ramp);
            search = findMax ? new FindMax(rate, factor, maxSteps, refineSteps, maxRate) : null;
        } catch (IllegalArgumentException e) {
            System.err.println("veil-loadtest: " + e.getMessage());
            return 2;
        }
        Corpus events = Corpus.read(corpus);
        System.out.printf("corpus: %d events, %d with planted values%n", events.size(), events.sensitiveCount());
        Vertx vertx = Vertx.vertx();
        EchoServer echo = null;
        try {
            echo = baseline ? LoadDriver.await(EchoServer.start(vertx), 10) : null;
            Report report = new LoadTest(new LoadDriver(vertx, events), slo, System.out)
                    .run(options, rate, echo, search, settings(options, slo));
            writeReports(report);
            if (report.totalLeaks() > 0) {
                return EXIT_LEAK;
            }
            return report.verdict().holds() ? 0 : EXIT_SLO_MISSED;
        } finally {
            if (echo != null) {
                echo.close();
            }
            LoadDriver.await(vertx.close(), 10);
        }
    }

    private void writeReports(Report report) throws Exception {
        Files.createDirectories(out);
        List<String> charts = Charts.write(report, out);
        JsonReport.write(report, out);
        Path html = HtmlReport.write(report, charts, out);
        System.out.println("---- summary ----");
        System.out.print(Summary.text(report));
        System.out.println("report: " + html.toAbsolutePath() + " (and report.json beside it)");
    }

    private Map<String, Object> settings(DriveOptions options, Slo slo) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("target", target.toString());
        s.put("path", path);
        s.put("corpus", corpus.toString());
        s.put("rate", rate);
        s.put("duration_s", duration.toMillis() / 1000.0);
        s.put("warmup_s", options.warmup().toMillis() / 1000.0);
        s.put("schedule", schedule.name());
        s.put("ramp", ramp);
        s.put("connections", connections);
        s.put("timeout_ms", timeout.toMillis());
        s.put("max_outstanding", maxOutstanding);
        s.put("slo_rate", slo.minRate());
        s.put("slo_p99_ms", slo.maxP99() == null ? null : slo.maxP99().toMillis());
        s.put("slo_max_failed", slo.maxFailedShare());
        s.put("find_max", findMax);
        s.put("baseline", baseline);
        s.put("processors", Runtime.getRuntime().availableProcessors());
        return s;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
