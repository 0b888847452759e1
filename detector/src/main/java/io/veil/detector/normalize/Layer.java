package io.veil.detector.normalize;

import java.util.List;

/** One decoding that a view may have been wrapped in (URL, JSON string, base64). */
interface Layer {

  /** The name reported in {@link TextView#transforms()}. */
  String name();

  /** {@code [name()]}, the transforms of this layer applied to the clean view. */
  default List<String> asTransforms() {
    return List.of(name());
  }

  /** False when a text with {@code features} ({@link TextFeatures}) has nothing to decode. */
  boolean mayApply(int features);

  /**
   * The decoded view of {@code source}, or {@code null} when there is nothing to decode or the
   * output would pass the budget.
   *
   * @param transforms the transforms the result reports
   */
  MappedView apply(MappedView source, Budget budget, List<String> transforms);
}
