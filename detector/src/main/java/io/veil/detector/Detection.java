package io.veil.detector;

import io.veil.protocol.Category;
import io.veil.protocol.Decision;
import java.util.List;

/**
 * The detector's answer for one (content, category) pair: the decision and the findings behind
 * it. A sensitive decision has at least one finding; findings below the threshold may be listed
 * too, for explanation.
 */
public record Detection(Category category, Decision decision, List<Finding> findings) {

  public Detection {
    findings = List.copyOf(findings);
  }

  /** A clear negative. */
  public static Detection none(Category category) {
    return new Detection(category, new Decision(false, 0.0), List.of());
  }
}
