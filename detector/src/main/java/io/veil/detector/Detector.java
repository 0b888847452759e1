package io.veil.detector;

import io.veil.protocol.Category;
import io.veil.protocol.Decision;
import java.util.EnumMap;
import java.util.Map;

/**
 * Decides, for one piece of content and one category, whether the content holds a sensitive value
 * of that category, following {@code shared/labeling-policy.md}. Implementations are thread-safe,
 * never throw on any input, and return in time bounded by the content's length.
 */
public interface Detector {

  /**
   * Detects values of {@code category} in {@code content}.
   *
   * @param content the text to judge, of any size and alphabet
   * @param category the category asked about
   * @param context the key or JSON path of the field that holds the content (for example {@code
   *     $.user.passport_no}), read as context like a label before the value; may be null
   * @return the decision and the findings that explain it, with offsets into {@code content}
   */
  Detection detect(String content, Category category, String context);

  /** {@link #detect(String, Category, String)} without field context. */
  default Detection detect(String content, Category category) {
    return detect(content, category, null);
  }

  /**
   * The probability at or above which a finding of {@code category} is sensitive: the decision's
   * threshold, and the bar a finding must clear to be redacted (findings below it are listed only
   * to explain the decision).
   */
  default double threshold(Category category) {
    return 0.5;
  }

  /** Only the decision. */
  default Decision classify(String content, Category category) {
    return detect(content, category, null).decision();
  }

  /**
   * Detects every category in {@code content}: the all-categories scan. Implementations may share
   * work between categories.
   *
   * @return one detection per category, in catalog order
   */
  default Map<Category, Detection> detectAll(String content, String context) {
    Map<Category, Detection> out = new EnumMap<>(Category.class);
    for (Category c : Category.all()) {
      out.put(c, detect(content, c, context));
    }
    return out;
  }
}
