package io.veil.training.eval;

/**
 * Masks content for error listings so that no value can leak: every letter becomes {@code x},
 * every digit {@code #} (any script, full-width included), invisible format characters {@code ~};
 * punctuation, spaces and structure stay, so a reader still sees the shape (a URL, JSON, a
 * grouped number) without the value. Output is cut to {@link #MAX} characters.
 */
public final class Masking {

  /** Longest masked text shown. */
  public static final int MAX = 240;

  private Masking() {}

  /** The masked form of {@code s}. */
  public static String mask(String s) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), MAX) + 1);
    int i = 0;
    while (i < s.length() && b.length() < MAX) {
      int cp = s.codePointAt(i);
      if (Character.isDigit(cp)) {
        b.append('#');
      } else if (Character.isLetter(cp)) {
        b.append('x');
      } else if (Character.getType(cp) == Character.FORMAT) {
        b.append('~');
      } else if (Character.isWhitespace(cp) || cp < 128) {
        b.append(cp == '\n' || cp == '\r' ? ' ' : (char) cp);
      } else {
        b.append('?');
      }
      i += Character.charCount(cp);
    }
    if (i < s.length()) {
      b.append('…');
    }
    return b.toString();
  }
}
