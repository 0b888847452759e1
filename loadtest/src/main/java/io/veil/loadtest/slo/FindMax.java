package io.veil.loadtest.slo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Finds the highest rate that holds an SLO in a bounded number of runs: multiply the rate by
 * {@code factor} while it holds, then bisect between the last rate that held and the first that
 * did not. Rates are whole requests per second.
 */
public final class FindMax {
    /** Stop bisecting when the bracket is narrower than this share of its upper end. */
    private static final double RESOLUTION = 0.05;

    private final double startRate;
    private final double factor;
    private final int maxGrowSteps;
    private final int maxRefineSteps;
    private final double maxRate;

    /**
     * @param startRate the first rate tried
     * @param factor growth per step while the SLO holds, above 1
     * @param maxGrowSteps most runs while growing
     * @param maxRefineSteps most runs while bisecting
     * @param maxRate never offer more than this
     */
    public FindMax(double startRate, double factor, int maxGrowSteps, int maxRefineSteps, double maxRate) {
        if (!(startRate >= 1) || !(factor > 1) || maxGrowSteps < 1 || maxRefineSteps < 0 || maxRate < startRate) {
            throw new IllegalArgumentException(
                    "find-max needs rate >= 1, factor > 1, grow steps >= 1, refine steps >= 0, max-rate >= rate");
        }
        this.startRate = startRate;
        this.factor = factor;
        this.maxGrowSteps = maxGrowSteps;
        this.maxRefineSteps = maxRefineSteps;
        this.maxRate = maxRate;
    }

    /**
     * One tried rate.
     *
     * @param rate offered rate
     * @param holds whether the SLO held
     * @param <T> the run's result type
     * @param result the run's result
     */
    public record Step<T>(double rate, boolean holds, T result) {
    }

    /**
     * The search's outcome.
     *
     * @param bestRate the highest rate that held, 0 when none did
     * @param steps every run, in order
     * @param <T> the run's result type
     */
    public record Outcome<T>(double bestRate, List<Step<T>> steps) {

        /** The step that gave {@link #bestRate()}, or null when none held. */
        public Step<T> best() {
            return steps.stream().filter(Step::holds).filter(s -> s.rate() == bestRate).findFirst().orElse(null);
        }
    }

    /** Runs the search, calling {@code trial} once per rate tried. */
    public <T> Outcome<T> search(DoubleFunction<Step<T>> trial) {
        List<Step<T>> steps = new ArrayList<>();
        double good = 0;
        double bad = Double.POSITIVE_INFINITY;
        double rate = startRate;
        for (int i = 0; i < maxGrowSteps; i++) {
            Step<T> step = trial.apply(rate);
            steps.add(step);
            if (!step.holds()) {
                bad = rate;
                break;
            }
            good = rate;
            if (rate >= maxRate) {
                break;
            }
            rate = Math.min(maxRate, Math.round(rate * factor));
        }
        for (int i = 0; i < maxRefineSteps && bad != Double.POSITIVE_INFINITY; i++) {
            double mid = Math.round((good + bad) / 2);
            if (bad - good <= RESOLUTION * bad || mid <= good || mid >= bad || mid < 1) {
                break;
            }
            Step<T> step = trial.apply(mid);
            steps.add(step);
            if (step.holds()) {
                good = mid;
            } else {
                bad = mid;
            }
        }
        return new Outcome<>(good, steps);
    }
}
