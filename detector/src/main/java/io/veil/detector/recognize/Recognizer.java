package io.veil.detector.recognize;

import io.veil.protocol.Category;
import java.util.List;

/**
 * Finds the values of one category in a view (after Presidio's pattern recognizers): named
 * patterns, validate and invalidate hooks, and the context words that name the category in the
 * supported languages. Context and scoring are applied elsewhere, once for all recognizers.
 */
public interface Recognizer {

  /** The category this recognizer finds. */
  Category category();

  /** The recognizer's name, reported in findings. */
  default String name() {
    return getClass().getSimpleName();
  }

  /**
   * Words that name the category: English phrases and their translations. Latin entries match
   * whole words; a trailing {@code *} makes a stem; entries in CJK, Arabic, Devanagari and
   * Cyrillic match as substrings.
   */
  List<String> contextWords();

  /** The fewest ASCII digits a value of this category holds, for the triage pre-check. */
  int minDigits();

  /** Whether every value of this category needs context (no distinctive form exists). */
  boolean alwaysNeedsContext();

  /** The values in the view, with what their form says. */
  List<Candidate> candidates(ScanText text);
}
