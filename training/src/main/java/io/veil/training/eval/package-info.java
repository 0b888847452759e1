/**
 * Evaluation: runs a labeled file through a backend (the embedded detector or a running gateway),
 * and reports precision, recall, F1, calibration error and masked errors per category and per
 * language, as JSON, Markdown and a reliability diagram.
 */
package io.veil.training.eval;
