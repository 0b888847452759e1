package io.veil.loadtest.slo;

import io.veil.loadtest.measure.RunResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The objectives a run is judged by. Leaks always fail a run; the other objectives apply only when
 * set.
 *
 * @param minRate the achieved (2xx) rate that must be reached, requests per second; 0 for none
 * @param maxP99 the corrected p99 latency not to exceed, or null for none
 * @param maxFailedShare the largest share of scheduled requests that may fail (non-2xx, timeout,
 *     error or dropped), e.g. 0.001
 */
public record Slo(double minRate, Duration maxP99, double maxFailedShare) {

    /**
     * When searching for the highest rate, a step keeps up if it achieved this share of the offered
     * rate; the rest is the failed-share budget plus scheduling jitter at the window edges.
     */
    public static final double KEEP_UP_SHARE = 0.95;

    /** Checks the bounds. */
    public Slo {
        if (minRate < 0 || Double.isNaN(minRate)) {
            throw new IllegalArgumentException("slo-rate must not be negative");
        }
        if (maxP99 != null && (maxP99.isNegative() || maxP99.isZero())) {
            throw new IllegalArgumentException("slo-p99 must be positive");
        }
        if (!(maxFailedShare >= 0 && maxFailedShare <= 1)) {
            throw new IllegalArgumentException("slo-max-failed must be between 0 and 1");
        }
    }

    /** Judges a run against these objectives, with the rate objective {@link #minRate()}. */
    public Verdict evaluate(RunResult run) {
        return evaluate(run, minRate);
    }

    /** Judges a run, requiring {@code requiredRate} instead of {@link #minRate()}. */
    public Verdict evaluate(RunResult run, double requiredRate) {
        List<String> reasons = new ArrayList<>();
        if (run.leaks() > 0) {
            reasons.add(run.leaks() + " planted values came back unredacted in " + run.leakedAnswers() + " answers");
        }
        if (run.achievedRate() < requiredRate) {
            reasons.add(String.format(Locale.ROOT, "achieved %.1f/s, below the required %.1f/s",
                    run.achievedRate(), requiredRate));
        }
        if (maxP99 != null && run.corrected().p99() > maxP99.toNanos() / 1e6) {
            reasons.add(String.format(Locale.ROOT, "corrected p99 %.1f ms exceeds %d ms",
                    run.corrected().p99(), maxP99.toMillis()));
        }
        if (run.failedShare() > maxFailedShare) {
            reasons.add(String.format(Locale.ROOT, "%.3f%% of requests failed (%d), above the %.3f%% allowed",
                    100 * run.failedShare(), run.failed(), 100 * maxFailedShare));
        }
        if (run.scheduled() == 0) {
            reasons.add("nothing was measured");
        }
        return new Verdict(reasons.isEmpty(), reasons);
    }

    /**
     * A step of a rate search holds when it meets the objectives and keeps up with what its
     * schedule sent (the realized rate, so a Poisson schedule's random count is not held against it).
     */
    public Verdict evaluateStep(RunResult run) {
        double realized = run.measuredSeconds() > 0 ? run.scheduled() / run.measuredSeconds() : run.offeredRate();
        return evaluate(run, KEEP_UP_SHARE * realized);
    }
}
