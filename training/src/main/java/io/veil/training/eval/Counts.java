package io.veil.training.eval;

/** A confusion matrix for one slice (a category, a language, or everything). */
public final class Counts {

  long tp;
  long fp;
  long tn;
  long fn;

  void add(boolean label, boolean predicted) {
    if (label && predicted) {
      tp++;
    } else if (label) {
      fn++;
    } else if (predicted) {
      fp++;
    } else {
      tn++;
    }
  }

  /** True positives. */
  public long tp() {
    return tp;
  }

  /** False positives. */
  public long fp() {
    return fp;
  }

  /** True negatives. */
  public long tn() {
    return tn;
  }

  /** False negatives. */
  public long fn() {
    return fn;
  }

  /** All examples in the slice. */
  public long total() {
    return tp + fp + tn + fn;
  }

  /** TP / (TP + FP); 1 when nothing was predicted positive (no false alarm was raised). */
  public double precision() {
    return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
  }

  /** TP / (TP + FN); 1 when the slice has no positives. */
  public double recall() {
    return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
  }

  /** The harmonic mean of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
