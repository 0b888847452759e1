package io.veil.loadtest;

import io.veil.loadtest.baseline.EchoServer;
import io.veil.loadtest.drive.DriveOptions;
import io.veil.loadtest.drive.LoadDriver;
import io.veil.loadtest.measure.RunResult;
import io.veil.loadtest.report.Report;
import io.veil.loadtest.report.Summary;
import io.veil.loadtest.slo.FindMax;
import io.veil.loadtest.slo.Slo;
import io.veil.loadtest.slo.Verdict;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One load test: the optional baseline first, then the target at the requested rate, or a rate
 * search on each, judged against the SLO.
 */
final class LoadTest {
    private final LoadDriver driver;
    private final Slo slo;
    private final PrintStream progress;

    LoadTest(LoadDriver driver, Slo slo, PrintStream progress) {
        this.driver = driver;
        this.slo = slo;
        this.progress = progress;
    }

    /**
     * Runs everything asked for.
     *
     * @param options how to drive the target
     * @param rate the requested rate (the search's first step)
     * @param echo the baseline server, or null for no baseline
     * @param search the rate search, or null for a single run
     * @param settings the options, for the report
     */
    Report run(DriveOptions options, double rate, EchoServer echo, FindMax search, Map<String, Object> settings) {
        Instant started = Instant.now();
        RunResult baseline = null;
        FindMax.Outcome<RunResult> baselineSearch = null;
        if (echo != null) {
            DriveOptions echoOptions = options.withTarget(echo.uri(), false);
            baseline = once("baseline", rate, echoOptions);
            if (search != null) {
                baselineSearch = search(search, "baseline", echoOptions);
            }
        }
        RunResult veil;
        FindMax.Outcome<RunResult> veilSearch = null;
        Verdict verdict;
        if (search != null) {
            veilSearch = search(search, "veil", options);
            veil = veilSearch.steps().get(0).result();
            verdict = searchVerdict(veilSearch);
        } else {
            veil = once("veil", rate, options);
            verdict = slo.evaluate(veil);
        }
        return new Report(options.target().toString(), started, settings, veil, baseline, veilSearch,
                baselineSearch, verdict);
    }

    private RunResult once(String label, double rate, DriveOptions options) {
        progress.printf(Locale.ROOT, "%s: %.0f/s for %d s against %s ...%n", label, rate,
                options.duration().toSeconds(), options.target());
        RunResult result = driver.run(label, rate, options);
        progress.print(Summary.run(result));
        return result;
    }

    private FindMax.Outcome<RunResult> search(FindMax search, String label, DriveOptions options) {
        return search.search(rate -> {
            RunResult result = once(label, rate, options);
            Verdict v = slo.evaluateStep(result);
            progress.println(v.holds() ? "  step holds" : "  step missed: " + String.join("; ", v.reasons()));
            return new FindMax.Step<>(rate, v.holds(), result);
        });
    }

    private Verdict searchVerdict(FindMax.Outcome<RunResult> search) {
        List<String> reasons = new ArrayList<>();
        long leaks = search.steps().stream().mapToLong(s -> s.result().leaks()).sum();
        if (leaks > 0) {
            reasons.add(leaks + " planted values came back unredacted during the search");
        }
        if (search.bestRate() <= 0) {
            reasons.add("no rate tried held the SLO");
        } else if (search.bestRate() < slo.minRate()) {
            reasons.add(String.format(Locale.ROOT, "highest rate holding the SLO %.0f/s is below the required %.0f/s",
                    search.bestRate(), slo.minRate()));
        }
        return new Verdict(reasons.isEmpty(), reasons);
    }
}
