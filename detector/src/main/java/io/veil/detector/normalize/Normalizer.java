package io.veil.detector.normalize;

import java.util.List;

/**
 * Reads through obfuscation. PLACEHOLDER until the normalisation work of issue 2 lands: returns
 * the content as its only view.
 */
public final class Normalizer {

  private static final Normalizer STANDARD = new Normalizer();

  /** The normalizer with Veil's default limits. */
  public static Normalizer standard() {
    return STANDARD;
  }

  /**
   * The views of {@code content} worth scanning: the cleaned content first, then each decoded
   * layer. Total work and output size are bounded by limits on the content's length.
   */
  public List<TextView> views(String content) {
    String text = content == null ? "" : content;
    return List.of(new TextView() {
      @Override
      public String text() {
        return text;
      }

      @Override
      public int toOriginalStart(int viewIndex) {
        return viewIndex;
      }

      @Override
      public int toOriginalEnd(int viewEndExclusive) {
        return viewEndExclusive;
      }

      @Override
      public List<String> transforms() {
        return List.of();
      }
    });
  }
}
