package io.veil.detector.recognize;

import java.util.List;

/**
 * Tokens joined by short separators (spaces, dashes, dots, parentheses), as numbers are written
 * in groups: {@code 4111 1111 1111 1111}, {@code 123-45-6789}, {@code +1 (212) 555-0100}.
 *
 * @param tokens the groups in order
 * @param separators {@code separators[i]} is the separator between tokens i and i+1: the single
 *     character, or {@code 'm'} for a mixed run such as {@code ") "}
 * @param start offset of the chain, including a leading {@code +} or {@code (}
 * @param end offset just past the last token, including a closing {@code )}
 * @param plus whether the chain starts with {@code +}
 */
public record Chain(List<Token> tokens, char[] separators, int start, int end, boolean plus) {

  /** Total digits of tokens {@code from} (inclusive) to {@code to} (exclusive). */
  public int digits(int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += tokens.get(i).digits();
    }
    return n;
  }

  /** Whether tokens {@code from..to} are all digits and joined by one same separator. */
  public boolean uniform(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!tokens.get(i).allDigits()) {
        return false;
      }
      if (i > from && separators[i - 1] != separators[from]) {
        return false;
      }
      if (i > from && separators[i - 1] == 'm') {
        return false;
      }
    }
    return true;
  }

  /** The separator inside tokens {@code from..to}, or 0 for a single token. */
  public char separator(int from, int to) {
    return to - from < 2 ? 0 : separators[from];
  }

  /** Number of tokens. */
  public int size() {
    return tokens.size();
  }
}
