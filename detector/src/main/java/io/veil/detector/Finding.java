package io.veil.detector;

import io.veil.protocol.Category;
import java.util.List;

/**
 * One value found in the content, explained by names only, never by the value.
 *
 * @param category the category of the value
 * @param start UTF-16 offset of the value's first character in the original content
 * @param end UTF-16 offset just past the value's last character in the original content
 * @param recognizer the recognizer's name, e.g. {@code CreditCardRecognizer}
 * @param pattern the pattern's name, e.g. {@code card_grouped}
 * @param score calibrated probability that this value is a sensitive value of the category
 * @param evidence names of what raised or lowered the score: validators ({@code luhn}), context
 *     words ({@code context:passport}), obfuscations read through ({@code decoded:base64})
 */
public record Finding(Category category, int start, int end, String recognizer, String pattern,
    double score, List<String> evidence) {

  public Finding {
    evidence = List.copyOf(evidence);
  }
}
