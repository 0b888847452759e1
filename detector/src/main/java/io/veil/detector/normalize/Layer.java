package io.veil.detector.normalize;

import java.util.List;

/** One decoding that a view may have been wrapped in (URL, JSON string, base64, HTML). */
abstract class Layer {

  private final String name;
  private final int triggers;
  private final List<String> transforms;

  /**
   * @param name the name reported in {@link TextView#transforms()}
   * @param triggers the {@link TextFeatures} bits of which at least one must be present for this
   *     layer to have anything to decode
   */
  Layer(String name, int triggers) {
    this.name = name;
    this.triggers = triggers;
    this.transforms = List.of(name);
  }

  /** The name reported in {@link TextView#transforms()}. */
  final String name() {
    return name;
  }

  /** {@code [name()]}, the transforms of this layer applied to the clean view. */
  final List<String> asTransforms() {
    return transforms;
  }

  /** False when a text with {@code features} ({@link TextFeatures}) has nothing to decode. */
  final boolean mayApply(int features) {
    return (features & triggers) != 0;
  }

  /**
   * The decoded view of {@code source}, or {@code null} when there is nothing to decode or the
   * output would pass the budget.
   *
   * @param transforms the transforms the result reports
   */
  abstract MappedView apply(MappedView source, Budget budget, List<String> transforms);
}
