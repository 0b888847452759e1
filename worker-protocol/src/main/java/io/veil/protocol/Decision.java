package io.veil.protocol;

/**
 * The structured answer for one (content, category) pair: {@code {"is_sensitive": bool,
 * "confidence_score": 0..1}}. The confidence is the probability that the content is sensitive for
 * the category; it is always finite and within [0, 1].
 *
 * @param sensitive whether the content holds a value of the category
 * @param confidence probability that {@code sensitive} is true, in [0, 1]
 */
public record Decision(boolean sensitive, double confidence) {

  public Decision {
    if (Double.isNaN(confidence) || confidence < 0.0 || confidence > 1.0) {
      throw new IllegalArgumentException("confidence must be within [0, 1]");
    }
  }

  /** A decision from a probability and the category's threshold. */
  public static Decision of(double probability, double threshold) {
    double p = Double.isNaN(probability) ? 0.0 : Math.max(0.0, Math.min(1.0, probability));
    return new Decision(p >= threshold, p);
  }
}
