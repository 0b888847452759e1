/**
 * Calibration: fits, per category, the Platt mapping from the detector's raw score to a
 * probability (logistic regression on logit(raw), with Tribuo) on the val split, and writes the
 * detector's {@code calibration.json}.
 */
package io.veil.training.calibrate;
