/**
 * Scoring: raw scores from a value's form and context (one place, {@code Scorer}), and their
 * calibration into probabilities with per-category thresholds.
 */
package io.veil.detector.score;
