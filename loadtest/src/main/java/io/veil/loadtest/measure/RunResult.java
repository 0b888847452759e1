package io.veil.loadtest.measure;

import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Everything one run measured. Counts cover the measured window (after warm-up) except
 * {@code leaks} and {@code leakedAnswers}, which cover the whole run: a leak during warm-up is
 * still a leak.
 *
 * @param label what was measured, e.g. {@code veil} or {@code baseline}
 * @param offeredRate the schedule's rate, requests per second
 * @param measuredSeconds length of the measured window
 * @param scheduled requests whose intended send time fell in the window
 * @param ok 2xx answers
 * @param non2xx answers with another status
 * @param degraded 2xx answers that said {@code "degraded": true}, counted among {@code ok}
 * @param timeouts requests with no answer within the timeout
 * @param errors failed exchanges
 * @param dropped requests never sent because too many were outstanding
 * @param leaks planted values found unredacted in answers
 * @param leakedAnswers answers holding at least one leak
 * @param leaksByCategory leaks per planted category
 * @param corrected latency from the intended send time
 * @param uncorrected latency from the actual send time
 * @param timeline per-second figures
 * @param correctedHistogram the corrected histogram, in microseconds, for plots
 * @param uncorrectedHistogram the uncorrected histogram, in microseconds, for plots
 * @param maxSendLagMillis how late the load tester itself issued its latest request; large values
 *     mean the tester (or its machine) stalled, and the corrected figures include that stall
 */
public record RunResult(String label, double offeredRate, double measuredSeconds, long scheduled, long ok,
                        long non2xx, long degraded, long timeouts, long errors, long dropped, long leaks, long leakedAnswers,
                        Map<String, Long> leaksByCategory, LatencySummary corrected, LatencySummary uncorrected,
                        List<TimelinePoint> timeline, Histogram correctedHistogram, Histogram uncorrectedHistogram,
                        double maxSendLagMillis) {

    /** Successful answers per second over the measured window. */
    public double achievedRate() {
        return measuredSeconds > 0 ? ok / measuredSeconds : 0;
    }

    /** All requests that did not get a 2xx answer. */
    public long failed() {
        return non2xx + timeouts + errors + dropped;
    }

    /** Share of scheduled requests that failed, 0 when nothing was scheduled. */
    public double failedShare() {
        return scheduled == 0 ? 0 : (double) failed() / scheduled;
    }
}
