package io.veil.detector.normalize;

import java.util.List;

/**
 * One readable form of the content: the text a recognizer scans, and the map from each of its
 * characters back to the span of the original content it came from, so that a finding in a
 * decoded or cleaned view is redacted at the right place in the original.
 */
public interface TextView {

  /** The text to scan. */
  String text();

  /** Offset in the original content where view character {@code viewIndex} starts. */
  int toOriginalStart(int viewIndex);

  /** Offset in the original content just past view characters up to {@code viewEndExclusive}. */
  int toOriginalEnd(int viewEndExclusive);

  /**
   * What was read through to produce this view, outermost first, e.g. {@code [url, base64]}; empty
   * for the plain view. Reported as finding evidence ({@code decoded:base64}).
   */
  List<String> transforms();
}
