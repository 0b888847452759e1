package io.veil.training.calibrate;

import io.veil.detector.Detector;
import io.veil.detector.EmbeddedDetector;
import io.veil.training.dataset.Example;

/** The detector score that calibration maps to a probability. */
@FunctionalInterface
public interface RawScorer {

  /** The uncalibrated score of one example, in [0, 1]. */
  double raw(Example e);

  /**
   * The embedded detector's score. The detector exposes only its (already calibrated) confidence
   * today, so this fits on that confidence; with the identity calibration shipped, the two agree.
   */
  static RawScorer embedded() {
    Detector d = EmbeddedDetector.create();
    return e -> d.classify(e.content(), e.category()).confidence();
  }
}
