package io.veil.detector;

import io.veil.protocol.Category;
import io.veil.protocol.Decision;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pure-Java detector. PLACEHOLDER until issue 2 lands: finds plain email addresses only.
 */
public final class EmbeddedDetector implements Detector {

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,200}\\.[A-Za-z]{2,24}");

  private EmbeddedDetector() {}

  /** The detector with its built-in recognizers and calibration. */
  public static EmbeddedDetector create() {
    return new EmbeddedDetector();
  }

  @Override
  public Detection detect(String content, Category category, String context) {
    if (content == null || category != Category.EMAIL) {
      return Detection.none(category);
    }
    Matcher m = EMAIL.matcher(content);
    if (m.find()) {
      Finding f = new Finding(category, m.start(), m.end(), "EmailRecognizer", "email", 0.99,
          List.of());
      return new Detection(category, new Decision(true, 0.99), List.of(f));
    }
    return Detection.none(category);
  }
}
