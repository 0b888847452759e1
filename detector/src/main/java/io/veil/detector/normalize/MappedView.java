package io.veil.detector.normalize;

import java.util.List;

/**
 * A view backed by per-character offset arrays, or the original content itself (no arrays) when
 * nothing had to change. Immutable once built.
 */
final class MappedView implements TextView {

  private final String text;
  /**
   * Original offset where each view character starts; {@code null} for the identity view. The
   * arrays may be longer than the text (untrimmed builder buffers); entries past it are unused.
   */
  private final int[] starts;
  /** Original offset just past each view character; {@code null} for the identity view. */
  private final int[] ends;
  private final List<String> transforms;

  private MappedView(String text, int[] starts, int[] ends, List<String> transforms) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.transforms = transforms;
  }

  /** The content as its own view: character i maps to [i, i+1). */
  static MappedView identity(String content) {
    return new MappedView(content, null, null, List.of());
  }

  /** A view whose character i came from original offsets [starts[i], ends[i]). */
  static MappedView mapped(String text, int[] starts, int[] ends, List<String> transforms) {
    return new MappedView(text, starts, ends, transforms);
  }

  /** The same text and mapping, described by other transforms. */
  MappedView withTransforms(List<String> newTransforms) {
    return new MappedView(text, starts, ends, List.copyOf(newTransforms));
  }

  boolean isIdentity() {
    return starts == null;
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public int toOriginalStart(int viewIndex) {
    if (viewIndex < 0 || viewIndex >= text.length()) {
      throw new IndexOutOfBoundsException("view index " + viewIndex + " outside [0, "
          + text.length() + ")");
    }
    return starts == null ? viewIndex : starts[viewIndex];
  }

  @Override
  public int toOriginalEnd(int viewEndExclusive) {
    if (viewEndExclusive < 0 || viewEndExclusive > text.length()) {
      throw new IndexOutOfBoundsException("view end " + viewEndExclusive + " outside [0, "
          + text.length() + "]");
    }
    if (starts == null) {
      return viewEndExclusive;
    }
    if (viewEndExclusive == 0) {
      return text.isEmpty() ? 0 : starts[0];
    }
    return ends[viewEndExclusive - 1];
  }

  @Override
  public List<String> transforms() {
    return transforms;
  }

  @Override
  public String toString() {
    // Never the text: views hold content that may be sensitive.
    return "TextView[length=" + text.length() + ", transforms=" + transforms + "]";
  }
}
