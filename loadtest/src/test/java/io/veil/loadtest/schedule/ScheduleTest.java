package io.veil.loadtest.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleTest {

    @ParameterizedTest
    @CsvSource({"1, 1000000000", "200, 5000000", "3, 333333333.33", "1000, 1000000"})
    void constant_spacesSendsEvenly_withoutDrift(double rate, double periodNanos) {
        Schedule s = Schedule.constant(rate);
        long previous = s.nextOffsetNanos();
        assertThat(previous).isZero();
        for (int i = 1; i <= 100_000; i++) {
            long next = s.nextOffsetNanos();
            assertThat(next - previous).isBetween((long) periodNanos - 1, (long) periodNanos + 1);
            previous = next;
        }
        // The 100,000th offset is exact to the nanosecond: offsets come from the index, not a sum.
        assertThat(previous).isEqualTo(Math.round(100_000 * (1e9 / rate)));
    }

    @ParameterizedTest
    @CsvSource({"100, 7", "1000, 42", "50, 1"})
    void poisson_hasExponentialGaps_withTheRequestedMean(double rate, long seed) {
        Schedule s = Schedule.poisson(rate, seed);
        int n = 50_000;
        long first = s.nextOffsetNanos();
        long previous = first;
        double sumSquares = 0;
        double mean = 1e9 / rate;
        for (int i = 0; i < n; i++) {
            long next = s.nextOffsetNanos();
            long gap = next - previous;
            assertThat(gap).isGreaterThanOrEqualTo(0);
            sumSquares += Math.pow(gap - mean, 2);
            previous = next;
        }
        double observedMean = (previous - first) / (double) n;
        assertThat(observedMean).isCloseTo(mean, within(mean * 0.03));
        // An exponential distribution's standard deviation equals its mean; a metronome's is 0.
        assertThat(Math.sqrt(sumSquares / n)).isCloseTo(mean, within(mean * 0.05));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 99})
    void poisson_sameSeed_givesSameSchedule(long seed) {
        Schedule a = Schedule.poisson(300, seed);
        Schedule b = Schedule.poisson(300, seed);
        Schedule other = Schedule.poisson(300, seed + 1);
        boolean differs = false;
        for (int i = 0; i < 1000; i++) {
            long x = a.nextOffsetNanos();
            assertThat(b.nextOffsetNanos()).isEqualTo(x);
            differs |= other.nextOffsetNanos() != x;
        }
        assertThat(differs).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"100, 10", "200, 2", "50, 5"})
    void ramp_climbsFromATenthToTheFullRate_thenKeepsIt(double rate, int rampSeconds) {
        long second = 1_000_000_000L;
        Schedule s = Schedule.ramped(Schedule.constant(rate), rampSeconds * second);
        int[] perSecond = new int[rampSeconds + 3];
        long previous = -1;
        for (long t = s.nextOffsetNanos(); t < perSecond.length * second; t = s.nextOffsetNanos()) {
            assertThat(t).isGreaterThan(previous);
            previous = t;
            perSecond[(int) (t / second)]++;
        }
        // Sends in second k of the ramp are rate * (0.1 + 0.9 * (k + 0.5) / W), give or take one.
        for (int k = 0; k < rampSeconds; k++) {
            double expected = rate * (0.1 + 0.9 * (k + 0.5) / rampSeconds);
            assertThat((double) perSecond[k]).as("second %d", k).isCloseTo(expected, within(1.5));
        }
        for (int k = rampSeconds; k < perSecond.length; k++) {
            assertThat(perSecond[k]).as("second %d", k).isBetween((int) rate - 1, (int) rate + 1);
        }
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "5500000000, 10000000000", "6500000000, 11000000000"})
    void rampedOffset_joinsTheFullRateExactlyWhenTheRampEnds(double fullRateOffset, double expected) {
        assertThat(Schedule.rampedOffset(fullRateOffset, 10e9)).isCloseTo(expected, within(1.0));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -5, Double.NaN, Double.POSITIVE_INFINITY})
    void badRate_isRefused_namingTheRule(double rate) {
        assertThatThrownBy(() -> Schedule.constant(rate)).hasMessageContaining("rate must be a positive");
        assertThatThrownBy(() -> Schedule.poisson(rate, 1)).hasMessageContaining("rate must be a positive");
    }
}
