/**
 * Jazzer fuzz tests of the detector's input side: the {@link
 * io.veil.detector.normalize.Normalizer} meets arbitrary text and stays inside its documented
 * bounds. Seeds live under {@code src/test/resources/io/veil/detector/fuzz/}; the default test run
 * replays them, the {@code fuzz-*} surefire execution fuzzes for a short while, {@code
 * reliability/fuzz.sh} for longer.
 */
package io.veil.detector.fuzz;
