package io.veil.detector.normalize;

/**
 * A range of the original content, in UTF-16 offsets.
 *
 * @param start offset of the first character
 * @param end offset just past the last character
 */
public record OriginalSpan(int start, int end) {

  public OriginalSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span must satisfy 0 <= start <= end");
    }
  }

  /** Number of original characters covered. */
  public int length() {
    return end - start;
  }
}
