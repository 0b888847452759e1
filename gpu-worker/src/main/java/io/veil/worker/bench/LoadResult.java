package io.veil.worker.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * What one benchmark run measured: counts, and request latencies in microseconds both from the
 * intended send time (corrected for coordinated omission) and from the actual send time.
 */
final class LoadResult {

  /** Latencies up to a minute, three significant digits. */
  final Histogram corrected = new Histogram(60_000_000L, 3);
  final Histogram uncorrected = new Histogram(60_000_000L, 3);
  final Map<String, Long> errors = new TreeMap<>();
  long requests;
  long items;
  long expiredItems;
  long timeouts;
  double seconds;

  double itemsPerSecond() {
    return items / seconds;
  }

  void recordError(String code) {
    errors.merge(code, 1L, Long::sum);
  }

  void reset() {
    corrected.reset();
    uncorrected.reset();
    errors.clear();
    requests = 0;
    items = 0;
    expiredItems = 0;
    timeouts = 0;
  }

  void print(PrintStream out, String label) {
    out.printf(Locale.ROOT, "%-10s items/s %,10.0f  requests/s %,9.0f  over %.1f s (%d requests,"
        + " %d items)%n", label, itemsPerSecond(), requests / seconds, seconds, requests, items);
    out.printf(Locale.ROOT, "%-10s latency ms  p50 %.3f  p90 %.3f  p99 %.3f  p99.9 %.3f  max %.3f"
        + "   (uncorrected p99 %.3f)%n", label, ms(corrected, 50), ms(corrected, 90),
        ms(corrected, 99), ms(corrected, 99.9), corrected.getMaxValue() / 1000.0,
        ms(uncorrected, 99));
    out.printf(Locale.ROOT, "%-10s errors %s  expired items %d  timeouts %d%n", label, errors,
        expiredItems, timeouts);
  }

  double p99Millis() {
    return ms(corrected, 99);
  }

  private static double ms(Histogram h, double percentile) {
    return h.getValueAtPercentile(percentile) / 1000.0;
  }
}
