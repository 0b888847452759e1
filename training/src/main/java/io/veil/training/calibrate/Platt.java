package io.veil.training.calibrate;

/**
 * One category's Platt mapping: {@code p = sigmoid(a * logit(raw) + b)}, decided at
 * {@code threshold}.
 *
 * @param a slope on logit(raw)
 * @param b intercept
 * @param threshold decision threshold on p
 */
public record Platt(double a, double b, double threshold) {

  /** Raw scores are clamped here before the logit (as the detector's loader does). */
  public static final double EPS = 1e-6;

  /** The mapping that changes nothing. */
  public static Platt identity() {
    return new Platt(1.0, 0.0, 0.5);
  }

  /** The logit of a raw score, clamped to [EPS, 1 - EPS]. */
  public static double logit(double raw) {
    double p = Math.max(EPS, Math.min(1 - EPS, raw));
    return Math.log(p / (1 - p));
  }

  /** The calibrated probability of a raw score. */
  public double apply(double raw) {
    return 1.0 / (1.0 + Math.exp(-(a * logit(raw) + b)));
  }
}
