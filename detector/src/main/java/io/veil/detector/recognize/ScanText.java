package io.veil.detector.recognize;

import java.util.ArrayList;
import java.util.List;

/**
 * One view's text with its tokens and chains, computed once and shared by every recognizer. Work
 * is linear in the text's length; chains hold at most {@link #MAX_CHAIN} tokens.
 */
public final class ScanText {

  /** A longer run of groups is split; no value of ours has more than 19 groups. */
  static final int MAX_CHAIN = 24;
  /** Chains kept per view: bounds every recognizer's work on hostile input (1 MB of "4 4 4"). */
  static final int MAX_CHAINS = 4096;

  private final String text;
  private List<Token> tokens;
  private List<Chain> chains;
  private List<Spaced> spaced;

  /** Wraps a view's text. */
  public ScanText(String text) {
    this.text = text;
  }

  /** The text. */
  public String text() {
    return text;
  }

  /** Tokens holding at least one digit, in order. */
  public List<Token> tokens() {
    if (tokens == null) {
      tokens = scanTokens();
    }
    return tokens;
  }

  /** Chains of tokens, in order; every digit token is in exactly one chain. */
  public List<Chain> chains() {
    if (chains == null) {
      chains = scanChains();
    }
    return chains;
  }

  /**
   * Values written one digit at a time to hide them ({@code 0 7 0 9 5 4 9 2 4}, {@code
   * D8 7 2 9 3 5 6 6}, {@code 6.0.1.1 7.4.2.7 ...}): runs of at least 6 single-digit tokens in a
   * chain, the first of which may carry a letter prefix.
   */
  public List<Spaced> spaced() {
    if (spaced == null) {
      spaced = scanSpaced();
    }
    return spaced;
  }

  private List<Spaced> scanSpaced() {
    List<Spaced> out = new ArrayList<>();
    for (Chain c : chains()) {
      int i = 0;
      while (i < c.size()) {
        Token first = c.tokens().get(i);
        boolean head = first.length() == 1 && first.allDigits()
            || first.length() <= 3 && ScanText.isDigit(text.charAt(first.end() - 1))
            && first.digits() == 1;
        int j = i + 1;
        while (head && j < c.size() && c.tokens().get(j).length() == 1
            && c.tokens().get(j).allDigits()) {
          j++;
        }
        if (head && j - i >= 6) {
          boolean grouped = false;
          for (int k = i + 1; k < j - 1; k++) {
            grouped |= c.separators()[k] != c.separators()[i];
          }
          Token last = c.tokens().get(j - 1);
          out.add(new Spaced(first.start(), last.end(), compact(first.start(), last.end()),
              grouped));
          i = j;
        } else {
          i++;
        }
      }
    }
    return out;
  }

  /** The characters of {@code [start, end)} that are letters or digits, upper-cased. */
  public String compact(int start, int end) {
    StringBuilder b = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (isAlnum(c)) {
        b.append(Character.toUpperCase(c));
      }
    }
    return b.toString();
  }

  /** The character at {@code i}, or 0 outside the text. */
  public char at(int i) {
    return i >= 0 && i < text.length() ? text.charAt(i) : 0;
  }

  static boolean isAlnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private List<Token> scanTokens() {
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isAlnum(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      int digits = 0;
      while (j < n && isAlnum(text.charAt(j))) {
        if (isDigit(text.charAt(j))) {
          digits++;
        }
        j++;
      }
      // Letters glued to non-ASCII letters (e.g. "护照A1234") still end at the ASCII run.
      if (digits > 0) {
        out.add(new Token(i, j, digits));
      }
      i = j;
    }
    return out;
  }

  private List<Chain> scanChains() {
    List<Token> ts = tokens();
    List<Chain> out = new ArrayList<>();
    int k = 0;
    while (k < ts.size() && out.size() < MAX_CHAINS) {
      List<Token> group = new ArrayList<>();
      StringBuilder seps = new StringBuilder();
      group.add(ts.get(k));
      int m = k + 1;
      while (m < ts.size() && group.size() < MAX_CHAIN) {
        char sep = separator(ts.get(m - 1).end(), ts.get(m).start());
        if (sep == 0) {
          break;
        }
        seps.append(sep);
        group.add(ts.get(m));
        m++;
      }
      out.add(build(group, seps.toString()));
      k = m;
    }
    return out;
  }

  private Chain build(List<Token> group, String seps) {
    int start = group.get(0).start();
    boolean plus = false;
    if (at(start - 1) == '(') {
      start--;
    }
    int p = start - 1;
    while (at(p) == ' ') {
      p--;
    }
    // "+1 212..." is a plus sign; "call+212" is a URL-encoded space after a word.
    if (at(p) == '+' && p >= start - 2 && !isAlnum(at(p - 1))) {
      plus = true;
      start = p;
    }
    int end = group.get(group.size() - 1).end();
    return new Chain(List.copyOf(group), seps.toCharArray(), start, end, plus);
  }

  // The separator between two tokens: one of " -.", or 'm' for a short mixed run like ") " or
  // " - ", or 0 when the gap is not a number separator.
  private char separator(int from, int to) {
    int len = to - from;
    if (len < 1 || len > 3) {
      return 0;
    }
    char first = text.charAt(from);
    boolean allSame = true;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!isSeparator(c)) {
        return 0;
      }
      allSame &= c == first;
    }
    if (len == 1) {
      return first == '(' || first == ')' ? 'm' : normalDash(first);
    }
    return allSame && first != ' ' ? 0 : 'm';
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '\u00a0' || c == '+'
        || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2212';
  }

  private static char normalDash(char c) {
    return switch (c) {
      case '\u00a0', '+' -> ' '; // a '+' between digits is a URL-encoded space
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212' -> '-';
      default -> c;
    };
  }
}
