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

  /**
   * The span of the original content that view characters {@code [viewStart, viewEndExclusive)}
   * came from: what to redact in the original for a finding at that place in this view. An empty
   * or inverted view range gives the empty span at the original position of {@code viewStart}.
   *
   * @throws IndexOutOfBoundsException if the range lies outside {@code [0, text().length()]}
   */
  default OriginalSpan originalSpan(int viewStart, int viewEndExclusive) {
    int length = text().length();
    if (viewStart < 0 || viewStart > length || viewEndExclusive < 0 || viewEndExclusive > length) {
      throw new IndexOutOfBoundsException(
          "view range [" + viewStart + ", " + viewEndExclusive + ") outside [0, " + length + "]");
    }
    if (viewEndExclusive <= viewStart) {
      int at = viewStart < length ? toOriginalStart(viewStart) : toOriginalEnd(length);
      return new OriginalSpan(at, at);
    }
    return new OriginalSpan(toOriginalStart(viewStart), toOriginalEnd(viewEndExclusive));
  }
}
