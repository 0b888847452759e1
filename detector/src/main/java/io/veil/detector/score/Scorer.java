package io.veil.detector.score;

import io.veil.detector.context.ContextHit;
import io.veil.detector.context.ContextLevel;
import io.veil.detector.recognize.Candidate;
import io.veil.detector.recognize.Strength;

/**
 * The one place that turns a candidate's form and its context into a raw score in [0, 1],
 * following the labeling policy: distinctive valid forms need no context (rule 1), weak forms need
 * context naming the category (rule 2), a label plus a plausible shape is enough even when a
 * checksum fails (rule 3), and masked values, other categories and labelled non-personal numbers
 * are not sensitive.
 */
public final class Scorer {

  private Scorer() {}

  /** The raw score of {@code c} given what context says about it. */
  public static double raw(Candidate c, ContextHit hit) {
    if (c.strength() == Strength.REJECTED) {
      return 0.02;
    }
    ContextLevel level = hit.level();
    if (level == ContextLevel.BLOCKED
        && (c.strength() != Strength.DISTINCTIVE || hit.blocksDistinctive())) {
      return 0.04;
    }
    return switch (c.strength()) {
      case DISTINCTIVE -> switch (level) {
        case LABEL, KEY -> 0.995;
        case NEAR -> 0.985;
        case OTHER -> 0.8;
        case BLOCKED -> 0.9;
        default -> 0.95;
      };
      case WEAK -> switch (level) {
        case LABEL, KEY -> c.validated() ? 0.98 : 0.95;
        case NEAR -> c.validated() ? 0.85 : 0.75;
        case OTHER -> 0.03;
        default -> c.validated() ? 0.2 : 0.1;
      };
      case INVALID -> switch (level) {
        case LABEL, KEY -> 0.85;
        // the category is named in the same sentence but not as the value's label: a reviewer
        // would hesitate, and lean to sensitive
        case NEAR -> 0.55;
        default -> 0.03;
      };
      default -> 0.02;
    };
  }
}
