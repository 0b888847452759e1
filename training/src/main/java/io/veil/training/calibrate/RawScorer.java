package io.veil.training.calibrate;

import io.veil.detector.Detector;
import io.veil.detector.EmbeddedDetector;
import io.veil.detector.score.Calibration;
import io.veil.training.dataset.Example;

/** The detector score that calibration maps to a probability. */
@FunctionalInterface
public interface RawScorer {

  /** The uncalibrated score of one example, in [0, 1]. */
  double raw(Example e);

  /**
   * The embedded detector's uncalibrated score: the detector built with the identity calibration,
   * whose confidence is then the raw score itself.
   */
  static RawScorer embedded() {
    Detector d = EmbeddedDetector.create(Calibration.identity());
    return e -> d.classify(e.content(), e.category()).confidence();
  }
}
