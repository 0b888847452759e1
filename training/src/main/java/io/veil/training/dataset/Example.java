package io.veil.training.dataset;

import io.veil.protocol.Category;

/**
 * One labeled (content, category) pair, as written to the dataset files.
 *
 * @param content the text a pipeline would carry
 * @param category the category asked about
 * @param sensitive the label under {@code shared/labeling-policy.md}
 * @param confidence how sure a careful reviewer is that {@code sensitive} is true, in [0, 1]
 * @param lang the ISO 639-1 code of the language around the value
 * @param kind what the example exercises (for example {@code labeled}, {@code url_obfuscated},
 *     {@code hard_sku}); positives and negatives use distinct kinds
 * @param template the id of the carrier and frame templates that produced it
 */
public record Example(String content, Category category, boolean sensitive, double confidence,
    String lang, String kind, String template) {

  public Example {
    if (content == null || category == null || lang == null || kind == null) {
      throw new IllegalArgumentException("content, category, lang and kind are required");
    }
    if (Double.isNaN(confidence) || confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be within [0, 1]");
    }
    template = template == null ? "" : template;
  }
}
