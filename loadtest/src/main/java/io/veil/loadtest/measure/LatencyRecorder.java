package io.veil.loadtest.measure;

import io.veil.loadtest.corpus.Planted;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * Records the outcome of every scheduled request of one run. Called from the sender thread and
 * event-loop threads; all methods are synchronized, which costs nothing next to an HTTP exchange.
 *
 * <p>Latencies are in nanoseconds of {@link System#nanoTime()}. The corrected latency runs from the
 * intended send time, so time spent waiting behind a stalled server or a full connection pool is
 * counted, as it would be for a real collector; the uncorrected one runs from when the request was
 * actually written, which is what a closed-loop tester would report.
 */
public final class LatencyRecorder {
    /** One hour in microseconds: anything slower is clamped, the run has failed long before. */
    private static final long HIGHEST_MICROS = 3_600_000_000L;
    private static final int SIGNIFICANT_DIGITS = 3;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long measureStartNanos;
    private final Histogram corrected = newHistogram();
    private final Histogram uncorrected = newHistogram();
    private final Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
    private final TreeMap<Integer, Bucket> timeline = new TreeMap<>();
    private final Map<String, Long> leaksByCategory = new TreeMap<>();
    private long leaks;
    private long leakedAnswers;
    private long maxSendLagNanos;
    private long degraded;

    /**
     * @param measureStartNanos requests meant to leave before this instant are warm-up: sent and
     *     leak-checked, but neither timed nor counted
     */
    public LatencyRecorder(long measureStartNanos) {
        this.measureStartNanos = measureStartNanos;
    }

    /**
     * Records one request's fate.
     *
     * @param intendedNanos when the schedule meant it to leave
     * @param sentNanos when it was actually written, or 0 if it never was
     * @param doneNanos when the answer or failure arrived
     * @param outcome what happened
     */
    public void record(long intendedNanos, long sentNanos, long doneNanos, Outcome outcome) {
        record(intendedNanos, sentNanos, doneNanos, outcome, false);
    }

    /**
     * Records one request's fate, noting whether a 2xx answer said {@code "degraded": true} (Veil
     * could not reach a worker in time and redacted every flagged field fail-safe).
     */
    public synchronized void record(long intendedNanos, long sentNanos, long doneNanos, Outcome outcome,
                                    boolean degraded) {
        if (intendedNanos < measureStartNanos) {
            return;
        }
        counts.merge(outcome, 1L, Long::sum);
        Bucket bucket = timeline.computeIfAbsent(
                (int) ((intendedNanos - measureStartNanos) / NANOS_PER_SECOND), s -> new Bucket());
        if (outcome != Outcome.OK) {
            bucket.failed++;
        } else if (degraded) {
            bucket.degraded++;
            this.degraded++;
        }
        if (outcome == Outcome.OK || outcome == Outcome.NON_2XX || outcome == Outcome.TIMEOUT) {
            long correctedMicros = correctedMicros(intendedNanos, doneNanos);
            corrected.recordValue(correctedMicros);
            bucket.latency.recordValue(correctedMicros);
            bucket.answered++;
            if (sentNanos > 0) {
                uncorrected.recordValue(uncorrectedMicros(sentNanos, doneNanos));
            }
        }
    }

    /** Records the planted values an answer leaked; counted whether or not in warm-up. */
    public synchronized void recordLeaks(List<Planted> leaked) {
        if (leaked.isEmpty()) {
            return;
        }
        leakedAnswers++;
        leaks += leaked.size();
        for (Planted p : leaked) {
            leaksByCategory.merge(p.category(), 1L, Long::sum);
        }
    }

    /** Notes how late, after its intended time, the sender issued a request. */
    public synchronized void recordSendLag(long lagNanos) {
        maxSendLagNanos = Math.max(maxSendLagNanos, lagNanos);
    }

    /** Latency from the intended send time, in microseconds, clamped to the histogram's range. */
    public static long correctedMicros(long intendedNanos, long doneNanos) {
        return clamp((doneNanos - intendedNanos) / 1000);
    }

    /** Latency from the actual send time, in microseconds, clamped to the histogram's range. */
    public static long uncorrectedMicros(long sentNanos, long doneNanos) {
        return clamp((doneNanos - sentNanos) / 1000);
    }

    /** Freezes what was recorded into a result. */
    public synchronized RunResult result(String label, double offeredRate, double measuredSeconds) {
        List<TimelinePoint> points = new ArrayList<>();
        timeline.forEach((second, b) -> {
            LatencySummary s = LatencySummary.of(b.latency);
            points.add(new TimelinePoint(second, b.answered, b.failed, b.degraded, s.p50(), s.p99(), s.max()));
        });
        long scheduled = counts.values().stream().mapToLong(Long::longValue).sum();
        return new RunResult(label, offeredRate, measuredSeconds, scheduled, count(Outcome.OK),
                count(Outcome.NON_2XX), degraded, count(Outcome.TIMEOUT), count(Outcome.ERROR), count(Outcome.DROPPED),
                leaks, leakedAnswers, Map.copyOf(leaksByCategory), LatencySummary.of(corrected),
                LatencySummary.of(uncorrected), points, corrected.copy(), uncorrected.copy(),
                maxSendLagNanos / 1e6);
    }

    private long count(Outcome outcome) {
        return counts.getOrDefault(outcome, 0L);
    }

    private static long clamp(long micros) {
        return Math.max(1, Math.min(HIGHEST_MICROS, micros));
    }

    private static Histogram newHistogram() {
        return new Histogram(HIGHEST_MICROS, SIGNIFICANT_DIGITS);
    }

    private static final class Bucket {
        private final Histogram latency = newHistogram();
        private long answered;
        private long failed;
        private long degraded;
    }
}
