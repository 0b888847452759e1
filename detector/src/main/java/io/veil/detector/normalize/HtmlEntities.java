package io.veil.detector.normalize;

import java.util.HashMap;
import java.util.Map;

/**
 * HTML character references: numeric ({@code &#64;}, {@code &#x40;}, the semicolon optional as
 * browsers allow) and the named ones that obfuscators use for punctuation, spaces and invisible
 * characters. Names need their semicolon, so prose such as {@code AT&T} is left alone.
 */
final class HtmlEntities {

  /** Longest name in {@link #NAMED}, bounding the look-ahead. */
  private static final int MAX_NAME = 16;
  /** {@code &#1114111;} and {@code &#x10FFFF;}: more digits cannot be a code point. */
  private static final int MAX_DIGITS = 7;

  private static final Map<String, Integer> NAMED = named();

  private HtmlEntities() {}

  /**
   * Parses the reference starting at {@code s[at]} (which must be {@code '&'}).
   *
   * @return {@code codePoint << 32 | length} of the reference, or -1 if there is none
   */
  static long parse(CharSequence s, int at) {
    int n = s.length();
    if (at + 2 >= n) {
      return -1;
    }
    return s.charAt(at + 1) == '#' ? parseNumeric(s, at, n) : parseNamed(s, at, n);
  }

  private static long parseNumeric(CharSequence s, int at, int n) {
    int i = at + 2;
    int radix = 10;
    if (i < n && (s.charAt(i) == 'x' || s.charAt(i) == 'X')) {
      radix = 16;
      i++;
    }
    int digitsStart = i;
    int value = 0;
    while (i < n && i - digitsStart < MAX_DIGITS) {
      int d = Character.digit(s.charAt(i), radix);
      if (d < 0 || s.charAt(i) > 'f') {
        break;
      }
      value = value * radix + d;
      i++;
    }
    if (i == digitsStart || (i < n && Character.digit(s.charAt(i), radix) >= 0
        && s.charAt(i) <= 'f')) {
      return -1;
    }
    if (i < n && s.charAt(i) == ';') {
      i++;
    }
    if (value == 0 || value > Character.MAX_CODE_POINT
        || (value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE)) {
      return -1;
    }
    return ((long) value << 32) | (i - at);
  }

  private static long parseNamed(CharSequence s, int at, int n) {
    int limit = Math.min(n, at + 2 + MAX_NAME);
    for (int i = at + 1; i < limit; i++) {
      char c = s.charAt(i);
      if (c == ';') {
        if (i == at + 1) {
          return -1;
        }
        Integer cp = NAMED.get(s.subSequence(at + 1, i).toString());
        return cp == null ? -1 : ((long) cp << 32) | (i + 1 - at);
      }
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return -1;
      }
    }
    return -1;
  }

  private static Map<String, Integer> named() {
    Map<String, Integer> m = new HashMap<>();
    String[] pairs = {
        "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00a0",
        "commat", "@", "period", ".", "comma", ",", "colon", ":", "semi", ";", "excl", "!",
        "num", "#", "dollar", "$", "percnt", "%", "lpar", "(", "rpar", ")", "plus", "+",
        "equals", "=", "quest", "?", "lowbar", "_", "UnderBar", "_", "hyphen", "\u2010",
        "dash", "\u2010", "minus", "\u2212", "ndash", "\u2013", "mdash", "\u2014", "sol", "/",
        "bsol", "\\", "lsqb", "[", "rsqb", "]", "lbrack", "[", "rbrack", "]", "lcub", "{",
        "rcub", "}", "lbrace", "{", "rbrace", "}", "verbar", "|", "vert", "|", "ast", "*",
        "midast", "*", "grave", "`", "Hat", "^", "tilde", "\u02dc", "ensp", "\u2002",
        "emsp", "\u2003", "thinsp", "\u2009", "hairsp", "\u200a", "numsp", "\u2007",
        "puncsp", "\u2008", "MediumSpace", "\u205f", "NonBreakingSpace", "\u00a0",
        "ZeroWidthSpace", "\u200b", "NegativeVeryThinSpace", "\u200b", "zwj", "\u200d",
        "zwnj", "\u200c", "NoBreak", "\u2060", "shy", "\u00ad", "lrm", "\u200e", "rlm",
        "\u200f", "Tab", "\t", "NewLine", "\n", "hellip", "\u2026", "middot", "\u00b7",
        "centerdot", "\u00b7", "bull", "\u2022", "copy", "\u00a9", "reg", "\u00ae",
        "trade", "\u2122", "laquo", "\u00ab", "raquo", "\u00bb", "lsquo", "\u2018",
        "rsquo", "\u2019", "ldquo", "\u201c", "rdquo", "\u201d", "sect", "\u00a7",
        "para", "\u00b6", "deg", "\u00b0", "plusmn", "\u00b1", "times", "\u00d7",
        "divide", "\u00f7", "frasl", "\u2044", "dot", "\u02d9", "fullstop", ".",
    };
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1].codePointAt(0));
    }
    return Map.copyOf(m);
  }
}
