package io.veil.loadtest.report;

import io.veil.loadtest.measure.RunResult;
import io.veil.loadtest.slo.FindMax;
import io.veil.loadtest.slo.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * All a load test found, ready to print.
 *
 * @param target the server measured
 * @param startedAt when the test began
 * @param settings the options used, by name
 * @param veil the run at the requested rate against the target
 * @param baseline the same schedule against the echo baseline, or null
 * @param veilSearch the rate search against the target, or null without {@code --find-max}
 * @param baselineSearch the rate search against the baseline, or null
 * @param verdict the overall verdict the exit code follows
 */
public record Report(String target, Instant startedAt, Map<String, Object> settings, RunResult veil,
                     RunResult baseline, FindMax.Outcome<RunResult> veilSearch,
                     FindMax.Outcome<RunResult> baselineSearch, Verdict verdict) {

    /** Veil's corrected p99 over the baseline's at the same rate, or NaN without a baseline. */
    public double p99Ratio() {
        if (baseline == null || baseline.corrected().p99() <= 0) {
            return Double.NaN;
        }
        return veil.corrected().p99() / baseline.corrected().p99();
    }

    /** Veil's highest sustainable rate over the baseline's, or NaN without both searches. */
    public double maxRateRatio() {
        if (veilSearch == null || baselineSearch == null || baselineSearch.bestRate() <= 0) {
            return Double.NaN;
        }
        return veilSearch.bestRate() / baselineSearch.bestRate();
    }

    /** Leaks over every run against the target, search steps included. */
    public long totalLeaks() {
        long leaks = veil.leaks();
        if (veilSearch != null) {
            leaks = veilSearch.steps().stream().mapToLong(s -> s.result().leaks()).sum();
        }
        return leaks;
    }

    /** Every run made, in order, for listings. */
    public List<RunResult> allRuns() {
        List<RunResult> runs = new java.util.ArrayList<>();
        if (baseline != null) {
            runs.add(baseline);
        }
        if (baselineSearch != null) {
            baselineSearch.steps().forEach(s -> runs.add(s.result()));
        }
        if (veilSearch != null) {
            veilSearch.steps().forEach(s -> runs.add(s.result()));
        } else {
            runs.add(veil);
        }
        return runs;
    }
}
