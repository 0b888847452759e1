/** The detector's command line: batch classification of JSON lines. */
package io.veil.detector.cli;
