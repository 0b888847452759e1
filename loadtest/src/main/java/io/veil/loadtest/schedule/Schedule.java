package io.veil.loadtest.schedule;

import java.util.SplittableRandom;

/**
 * An infinite sequence of intended send times, as nanosecond offsets from the start of a run.
 * Offsets only grow. A schedule is used by one thread.
 */
public interface Schedule {

    /** Returns the next intended send time, in nanoseconds after the start of the run. */
    long nextOffsetNanos();

    /**
     * Evenly spaced sends at {@code ratePerSecond}. Offsets are computed from the index rather than
     * summed, so rounding never drifts over a long run.
     */
    static Schedule constant(double ratePerSecond) {
        requirePositive(ratePerSecond);
        double periodNanos = 1e9 / ratePerSecond;
        return new Schedule() {
            private long index;

            @Override
            public long nextOffsetNanos() {
                return Math.round(index++ * periodNanos);
            }
        };
    }

    /**
     * A Poisson process at {@code ratePerSecond}: exponentially distributed gaps, which models many
     * independent collectors better than a metronome. The same seed gives the same schedule.
     */
    static Schedule poisson(double ratePerSecond, long seed) {
        requirePositive(ratePerSecond);
        SplittableRandom random = new SplittableRandom(seed);
        double meanNanos = 1e9 / ratePerSecond;
        return new Schedule() {
            private double offset;

            @Override
            public long nextOffsetNanos() {
                long now = Math.round(offset);
                // Inverse CDF of the exponential distribution; 1 - u avoids log(0).
                offset += -Math.log(1.0 - random.nextDouble()) * meanNanos;
                return now;
            }
        };
    }

    /** The schedule named {@code kind} ("constant" or "poisson"). */
    static Schedule of(Kind kind, double ratePerSecond, long seed) {
        return kind == Kind.POISSON ? poisson(ratePerSecond, seed) : constant(ratePerSecond);
    }

    /**
     * {@code base} with its first {@code rampNanos} stretched so the rate climbs linearly from
     * {@link #RAMP_START_SHARE} of the full rate to all of it, then stays there: a cold server (JIT,
     * caches, connection pools) is warmed gently instead of being hit at full rate at once. The
     * base schedule's gaps keep their shape; only time is remapped.
     */
    static Schedule ramped(Schedule base, long rampNanos) {
        if (rampNanos <= 0) {
            return base;
        }
        return () -> Math.round(rampedOffset(base.nextOffsetNanos(), rampNanos));
    }

    /** The ramp's starting rate, as a share of the full rate. */
    double RAMP_START_SHARE = 0.1;

    /**
     * Maps an offset of a full-rate schedule to the ramped one. Sends by time t of the ramp number
     * rate * (f t + (1 - f) t^2 / 2W); solving that for t gives the quadratic's positive root. After
     * the ramp, time runs on one for one, shifted by what the ramp sent less.
     */
    static double rampedOffset(double fullRateOffset, double rampNanos) {
        double f = RAMP_START_SHARE;
        double rampEndsAt = rampNanos * (1 + f) / 2;
        if (fullRateOffset >= rampEndsAt) {
            return rampNanos + (fullRateOffset - rampEndsAt);
        }
        double a = (1 - f) / (2 * rampNanos);
        return (-f + Math.sqrt(f * f + 4 * a * fullRateOffset)) / (2 * a);
    }

    /** The kinds of schedule the command line offers. */
    enum Kind { CONSTANT, POISSON }

    private static void requirePositive(double rate) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("rate must be a positive finite number of requests per second");
        }
    }
}
