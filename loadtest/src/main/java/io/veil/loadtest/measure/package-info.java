/**
 * Measurement: HdrHistograms of latency from the intended send time (coordinated omission
 * corrected) and from the actual send time (uncorrected), outcome counters and a per-second
 * timeline, frozen into a {@link io.veil.loadtest.measure.RunResult} at the end of a run.
 */
package io.veil.loadtest.measure;
