package io.veil.detector.normalize;

import java.util.List;

/**
 * The clean reading of a text: HTML character references decoded, NFKC applied (full-width and
 * compatibility forms to their plain letters and digits), decimal digits of every script to ASCII,
 * unusual spaces to {@code ' '}, dashes to {@code '-'}, and invisible characters (format controls
 * such as ZWSP, ZWJ, soft hyphen and bidi marks; variation selectors; fillers) dropped. Combining
 * marks on a digit are dropped too: no script writes digits with diacritics, obfuscators do.
 *
 * <p>Works per cluster (a base character and its combining marks) so that every output character
 * maps to the cluster, or reference, it came from. Pure ASCII with no {@code '&'} costs one scan.
 */
final class Cleaner {

  /** Marks beyond this many on one base ("zalgo" text) are cleaned as clusters of their own. */
  private static final int MAX_CLUSTER = 32;
  /** NFKC of single BMP characters, filled lazily; racy fills are benign (Strings are safe). */
  private static final String[] NFKC_BMP = new String[0x10000];
  private static final char FRACTION_SLASH = '\u2044';
  private static final int MINUS_SIGN = 0x2212;
  private static final int IDEOGRAPHIC_FULL_STOP = 0x3002;
  private static final int HALFWIDTH_IDEOGRAPHIC_FULL_STOP = 0xFF61;

  private final ViewBuilder out;
  /** Characters the output may still gain over the input, e.g. NFKC of a ligature. */
  private int allowance;

  private Cleaner(ViewBuilder out, int allowance) {
    this.out = out;
    this.allowance = allowance;
  }

  /**
   * The cleaned view of {@code source}, or {@code null} if cleaning changes nothing. The output
   * holds at most {@code max(budget.maxOutput(), source length)} characters: past that,
   * expanding characters are kept as written rather than expanded. It fails ({@code null}) only
   * when the allocation budget runs out.
   */
  static MappedView clean(MappedView source, Budget budget, List<String> transforms) {
    String s = source.text();
    if (isPlainAscii(s)) {
      return null;
    }
    int n = s.length();
    int maxLength = Math.max(budget.maxOutput(), n);
    ViewBuilder out = new ViewBuilder(source, budget, maxLength);
    new Cleaner(out, maxLength - n).run(s);
    return out.build(transforms);
  }

  private void run(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '&') {
        long ref = HtmlEntities.parse(s, i);
        if (ref >= 0) {
          int len = (int) ref;
          foldCodePoint((int) (ref >>> 32), i, i + len);
          i += len;
          continue;
        }
      }
      int cp = Character.codePointAt(s, i);
      int next = i + Character.charCount(cp);
      int end = clusterEnd(s, next);
      if (end == next) {
        if (c < 0x80) {
          out.copy(i, next);
        } else if (isDomainDot(s, cp, i, next)) {
          out.append('.', i, next);
        } else {
          foldCodePoint(cp, i, next);
        }
      } else {
        foldCluster(s, cp, i, next, end);
      }
      i = end;
    }
  }

  /**
   * An ideographic full stop between ASCII letters or digits, as in "example。com": a dot of a
   * domain or number. In CJK prose it stays the full stop it is.
   */
  private static boolean isDomainDot(String s, int cp, int at, int next) {
    return (cp == IDEOGRAPHIC_FULL_STOP || cp == HALFWIDTH_IDEOGRAPHIC_FULL_STOP)
        && at > 0 && next < s.length() && isAsciiAlnum(s.charAt(at - 1))
        && isAsciiAlnum(s.charAt(next));
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** True when no character can change: ASCII without references or combining marks. */
  static boolean isPlainAscii(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || c == '&') {
        return false;
      }
    }
    return true;
  }

  private static int clusterEnd(String s, int from) {
    int i = from;
    int n = s.length();
    int marks = 0;
    while (i < n && marks < MAX_CLUSTER && s.charAt(i) >= 0x300) {
      int cp = Character.codePointAt(s, i);
      if (!isMark(cp)) {
        break;
      }
      i += Character.charCount(cp);
      marks++;
    }
    return i;
  }

  /** A base with combining marks: marks on a digit are dropped, the rest NFKC-composed. */
  private void foldCluster(String s, int base, int from, int baseEnd,
      int end) {
    int digit = Character.getType(base) == Character.DECIMAL_DIGIT_NUMBER
        ? Character.digit(base, 10) : -1;
    if (digit >= 0) {
      out.append((char) ('0' + digit), from, baseEnd);
      return;
    }
    StringBuilder visible = new StringBuilder(end - from);
    visible.appendCodePoint(base);
    for (int i = baseEnd; i < end; ) {
      int cp = Character.codePointAt(s, i);
      if (!isInvisible(cp)) {
        visible.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    String nfkc = java.text.Normalizer.normalize(visible, java.text.Normalizer.Form.NFKC);
    if (nfkc.contentEquals(s.subSequence(from, end))) {
      out.copy(from, end);
      return;
    }
    appendFolded(nfkc, from, end);
  }

  private void foldCodePoint(int cp, int from, int to) {
    if (isInvisible(cp)) {
      return;
    }
    char simple = simpleFold(cp);
    if (simple != 0) {
      out.append(simple, from, to);
      return;
    }
    if (cp < 0x80) {
      out.append((char) cp, from, to);
      return;
    }
    String nfkc = nfkc(cp);
    // "3½" must not read "31⁄2": fractions keep their own character.
    boolean unchanged = nfkc.length() == Character.charCount(cp) && nfkc.codePointAt(0) == cp;
    if (unchanged || nfkc.indexOf(FRACTION_SLASH) >= 0) {
      if (to - from != Character.charCount(cp)) {
        out.appendCodePoint(cp, from, to);
        return;
      }
      out.copy(from, to);
      return;
    }
    appendFolded(nfkc, from, to);
  }

  /** Appends {@code text} folded, or the source as written if that would pass the limit. */
  private void appendFolded(String text, int from, int to) {
    int growth = text.length() - (to - from);
    if (growth > 0) {
      if (growth > allowance) {
        out.copy(from, to);
        return;
      }
      allowance -= growth;
    }
    for (int i = 0, n = text.length(); i < n; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isInvisible(cp)) {
        continue;
      }
      char simple = simpleFold(cp);
      if (simple != 0) {
        out.append(simple, from, to);
      } else {
        out.appendCodePoint(cp, from, to);
      }
    }
  }

  /**
   * ASCII digit for a decimal digit of any script, ' ' for an unusual space, '-' for any dash
   * or minus sign ("123–45–6789" typed with en dashes), else 0.
   */
  private static char simpleFold(int cp) {
    if (cp < 0x80) {
      return 0;
    }
    if (cp == MINUS_SIGN) {
      return '-';
    }
    switch (Character.getType(cp)) {
      case Character.DASH_PUNCTUATION:
        return '-';
      case Character.DECIMAL_DIGIT_NUMBER:
        return (char) ('0' + Character.digit(cp, 10));
      case Character.SPACE_SEPARATOR:
        return ' ';
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
        return '\n';
      default:
        return 0;
    }
  }

  private static String nfkc(int cp) {
    if (cp >= 0x10000) {
      return java.text.Normalizer.normalize(new String(Character.toChars(cp)),
          java.text.Normalizer.Form.NFKC);
    }
    String cached = NFKC_BMP[cp];
    if (cached == null) {
      cached = java.text.Normalizer.normalize(String.valueOf((char) cp),
          java.text.Normalizer.Form.NFKC);
      NFKC_BMP[cp] = cached;
    }
    return cached;
  }

  static boolean isInvisible(int cp) {
    if (cp < 0xAD) {
      return false;
    }
    if (Character.getType(cp) == Character.FORMAT) {
      return true;
    }
    return cp == 0x034F // combining grapheme joiner
        || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors
        || (cp >= 0xE0100 && cp <= 0xE01EF) // variation selectors supplement
        || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 // Hangul fillers
        || cp == 0x180E; // Mongolian vowel separator, once a space
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }
}
