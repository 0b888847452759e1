package io.veil.training.eval;

/**
 * Calibration statistics over equal-width confidence bins: for each bin the count, the mean
 * predicted probability and the observed share of sensitive labels; ECE is the count-weighted mean
 * gap between the two.
 */
public final class Reliability {

  /** The number of bins the reports use. */
  public static final int BINS = 10;

  private final long[] count = new long[BINS];
  private final double[] confSum = new double[BINS];
  private final long[] positives = new long[BINS];
  private long total;

  /** Adds one prediction: the probability given and the true label. */
  public void add(double probability, boolean label) {
    int b = Math.min(BINS - 1, Math.max(0, (int) Math.floor(probability * BINS)));
    count[b]++;
    confSum[b] += probability;
    if (label) {
      positives[b]++;
    }
    total++;
  }

  /** Expected calibration error: sum over bins of (n_b / N) * |observed_b - mean confidence_b|. */
  public double ece() {
    if (total == 0) {
      return 0;
    }
    double e = 0;
    for (int b = 0; b < BINS; b++) {
      if (count[b] > 0) {
        e += (double) count[b] / total * Math.abs(observed(b) - meanConfidence(b));
      }
    }
    return e;
  }

  /** Examples in bin {@code b}. */
  public long count(int b) {
    return count[b];
  }

  /** Mean predicted probability in bin {@code b} (NaN when empty). */
  public double meanConfidence(int b) {
    return count[b] == 0 ? Double.NaN : confSum[b] / count[b];
  }

  /** Share of sensitive labels in bin {@code b} (NaN when empty). */
  public double observed(int b) {
    return count[b] == 0 ? Double.NaN : (double) positives[b] / count[b];
  }

  /** Examples in all bins. */
  public long total() {
    return total;
  }
}
