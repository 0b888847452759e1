package io.veil.detector.recognize;

import io.veil.detector.Detection;
import io.veil.detector.EmbeddedDetector;
import io.veil.detector.score.Calibration;
import io.veil.protocol.Category;
import org.junit.jupiter.params.provider.Arguments;

/** One row of a recognizer's table: content, optional field key, and the policy's answer. */
public record Row(String kind, String content, String context, boolean sensitive) {

  /** The detector under test, uncalibrated so that tables pin the policy, not a fit. */
  public static final EmbeddedDetector DETECTOR = EmbeddedDetector.create(Calibration.identity());

  public static Arguments yes(String kind, String content) {
    return Arguments.of(new Row(kind, content, null, true));
  }

  public static Arguments no(String kind, String content) {
    return Arguments.of(new Row(kind, content, null, false));
  }

  public static Arguments yesUnder(String kind, String context, String content) {
    return Arguments.of(new Row(kind, content, context, true));
  }

  public static Arguments noUnder(String kind, String context, String content) {
    return Arguments.of(new Row(kind, content, context, false));
  }

  /** Runs the row for {@code category}. */
  public Detection detect(Category category) {
    return DETECTOR.detect(content, category, context);
  }

  @Override
  public String toString() {
    return kind + (sensitive ? " sensitive: " : " not sensitive: ") + content
        + (context == null ? "" : " @ " + context);
  }
}
