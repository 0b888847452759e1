package io.veil.detector.normalize;

import java.util.List;

/**
 * The clean reading of a text: HTML character references decoded, NFKC applied (full-width and
 * compatibility forms to their plain letters and digits), decimal digits of every script to ASCII,
 * unusual spaces to {@code ' '}, and invisible characters (format controls such as ZWSP, ZWJ,
 * soft hyphen and bidi marks; variation selectors; fillers) dropped. Combining marks on a digit
 * are dropped too: no script writes digits with diacritics, obfuscators do.
 *
 * <p>Works per cluster (a base character and its combining marks) so that every output character
 * maps to the cluster, or reference, it came from. Pure ASCII with no {@code '&'} costs one scan.
 */
final class Cleaner {

  /** Marks beyond this many on one base ("zalgo" text) are cleaned as clusters of their own. */
  private static final int MAX_CLUSTER = 32;
  /** NFKC of single BMP characters, filled lazily; racy fills are benign (Strings are safe). */
  private static final String[] NFKC_BMP = new String[0x10000];

  private Cleaner() {}

  /** The cleaned view of {@code source}, or {@code null} if cleaning changes nothing. */
  static MappedView clean(MappedView source, int maxLength, List<String> transforms) {
    String s = source.text();
    if (isPlainAscii(s)) {
      return null;
    }
    ViewBuilder out = new ViewBuilder(source, maxLength);
    int n = s.length();
    int i = 0;
    while (i < n && !out.overflowed()) {
      char c = s.charAt(i);
      if (c == '&') {
        long ref = HtmlEntities.parse(s, i);
        if (ref >= 0) {
          int len = (int) ref;
          foldCodePoint(out, (int) (ref >>> 32), i, i + len);
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
        } else {
          foldCodePoint(out, cp, i, next);
        }
      } else {
        foldCluster(out, s, cp, i, next, end);
      }
      i = end;
    }
    return out.build(transforms);
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
  private static void foldCluster(ViewBuilder out, String s, int base, int from, int baseEnd,
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
    appendFolded(out, nfkc, from, end);
  }

  private static void foldCodePoint(ViewBuilder out, int cp, int from, int to) {
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
    if (to - from == Character.charCount(cp) && nfkc.length() == to - from
        && nfkc.codePointAt(0) == cp) {
      out.copy(from, to);
      return;
    }
    appendFolded(out, nfkc, from, to);
  }

  private static void appendFolded(ViewBuilder out, String text, int from, int to) {
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

  /** ASCII digit for a decimal digit of any script, ' ' for an unusual space, else 0. */
  private static char simpleFold(int cp) {
    if (cp < 0x80) {
      return 0;
    }
    switch (Character.getType(cp)) {
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
