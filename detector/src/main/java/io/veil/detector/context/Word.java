package io.veil.detector.context;

/**
 * One word of the text around a value: a Latin word (split at camelCase, folded), a run of a
 * script matched by substring (CJK, Arabic, Devanagari, Cyrillic), a number, or a {@code #}.
 *
 * @param text folded text
 * @param start offset of the first character in the scanned text
 * @param end offset just past the last character
 * @param kind what the word is
 */
record Word(String text, int start, int end, Kind kind) {

  /** Word kinds. */
  enum Kind { LATIN, SCRIPT, NUMBER, HASH }
}
