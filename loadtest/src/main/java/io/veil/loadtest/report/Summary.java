package io.veil.loadtest.report;

import io.veil.loadtest.measure.LatencySummary;
import io.veil.loadtest.measure.RunResult;
import io.veil.loadtest.slo.FindMax;
import java.util.Locale;

/** The plain-text summary printed at the end of a load test. */
public final class Summary {
    /** A sender this late means the tester, not the server, was the bottleneck for a while. */
    private static final double SEND_LAG_WARNING_MILLIS = 50;
    private Summary() {
    }

    /** One block of text per run, then ratios, search results and the verdict. */
    public static String text(Report report) {
        StringBuilder out = new StringBuilder();
        if (report.baseline() != null) {
            out.append(run(report.baseline()));
        }
        out.append(run(report.veil()));
        if (!Double.isNaN(report.p99Ratio())) {
            out.append(f("cost vs baseline: p99 ratio %.2fx at %.0f/s%n", report.p99Ratio(), report.veil().offeredRate()));
        }
        search(out, "baseline", report.baselineSearch());
        search(out, "veil", report.veilSearch());
        if (!Double.isNaN(report.maxRateRatio())) {
            out.append(f("cost vs baseline: max-rate ratio %.3f%n", report.maxRateRatio()));
        }
        out.append(report.verdict().holds() ? "SLO: HELD\n" : "SLO: MISSED\n");
        report.verdict().reasons().forEach(r -> out.append("  - ").append(r).append('\n'));
        return out.toString();
    }

    /** The block for one run: rates, counts and the latency table. */
    public static String run(RunResult r) {
        StringBuilder out = new StringBuilder();
        out.append(f("%s: offered %.1f/s, achieved %.1f/s over %.1f s%n", r.label(), r.offeredRate(),
                r.achievedRate(), r.measuredSeconds()));
        out.append(f("  scheduled %d  ok %d (degraded %d)  non-2xx %d  timeouts %d  errors %d  dropped %d  leaks %d%s%n",
                r.scheduled(), r.ok(), r.degraded(), r.non2xx(), r.timeouts(), r.errors(), r.dropped(), r.leaks(),
                r.leaksByCategory().isEmpty() ? "" : " " + r.leaksByCategory()));
        if (r.maxSendLagMillis() > SEND_LAG_WARNING_MILLIS) {
            out.append(f("  note: the load tester issued a request %.0f ms late (its own machine stalled);"
                    + " corrected latency includes that%n", r.maxSendLagMillis()));
        }
        out.append("  latency ms        p50      p90      p99    p99.9      max\n");
        out.append(row("corrected", r.corrected()));
        out.append(row("uncorrected", r.uncorrected()));
        return out.toString();
    }

    private static void search(StringBuilder out, String label, FindMax.Outcome<RunResult> search) {
        if (search == null) {
            return;
        }
        out.append(f("%s find-max: highest rate holding the SLO %.0f/s%n", label, search.bestRate()));
        for (FindMax.Step<RunResult> s : search.steps()) {
            out.append(f("  %8.0f/s  achieved %8.1f/s  p99 %9.1f ms  failed %d  leaks %d  %s%n", s.rate(),
                    s.result().achievedRate(), s.result().corrected().p99(), s.result().failed(),
                    s.result().leaks(), s.holds() ? "holds" : "missed"));
        }
    }

    private static String row(String name, LatencySummary s) {
        return f("  %-12s %8.1f %8.1f %8.1f %8.1f %8.1f%n", name, s.p50(), s.p90(), s.p99(), s.p999(), s.max());
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
