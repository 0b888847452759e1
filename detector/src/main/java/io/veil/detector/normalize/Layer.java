package io.veil.detector.normalize;

import java.util.List;

/** One decoding that a view may have been wrapped in (URL, JSON string, base64). */
interface Layer {

  /** The name reported in {@link TextView#transforms()}. */
  String name();

  /**
   * The decoded view of {@code source}, or {@code null} when there is nothing to decode or the
   * output would pass {@code maxLength} characters.
   *
   * @param transforms the transforms the result reports
   */
  MappedView apply(MappedView source, int maxLength, List<String> transforms);
}
