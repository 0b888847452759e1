package io.veil.loadtest.measure;

/**
 * One second of a run, by intended send time.
 *
 * @param second seconds since the start of the measured window
 * @param answered requests answered (any status) that were meant to leave in that second
 * @param failed timeouts, errors, non-2xx and dropped among them
 * @param degraded 2xx answers marked degraded (fail-safe redaction) among them
 * @param p50Millis corrected median latency
 * @param p99Millis corrected 99th percentile latency
 * @param maxMillis corrected maximum latency
 */
public record TimelinePoint(int second, long answered, long failed, long degraded, double p50Millis, double p99Millis,
                            double maxMillis) {
}
