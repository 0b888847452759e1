package io.veil.detector.normalize;

import java.util.List;

/**
 * Percent-decoding ({@code %40} to {@code @}), with runs of escapes read as UTF-8
 * ({@code %C3%A9} to {@code é}) and {@code '+'} read as a space in the query part of a URL or in
 * form-encoded text. An escape that is not valid UTF-8 stays as written. One pass decodes one
 * level; {@link Normalizer} applies it again for nested encodings ({@code %2540}).
 */
final class UrlDecoding extends Layer {

  static final String NAME = "url";

  UrlDecoding() {
    super(NAME, TextFeatures.PERCENT | TextFeatures.PLUS);
  }

  @Override
  MappedView apply(MappedView source, Budget budget, List<String> transforms) {
    String s = source.text();
    int n = s.length();
    int plusFrom = plusAsSpaceFrom(s);
    if (s.indexOf('%') < 0 && (plusFrom >= n || s.indexOf('+', plusFrom) < 0)) {
      return null;
    }
    ViewBuilder out = new ViewBuilder(source, budget);
    int i = 0;
    while (i < n && !out.overflowed()) {
      char c = s.charAt(i);
      if (c == '%' && hexByte(s, i) >= 0) {
        i = decodeRun(s, i, out);
      } else if (c == '+' && i >= plusFrom) {
        out.append(' ', i, i + 1);
        i++;
      } else {
        out.copy(i, i + 1);
        i++;
      }
    }
    return out.build(transforms);
  }

  /**
   * Where '+' starts meaning space: after a query start ({@code ?key=}), or everywhere in text
   * that looks form-encoded ({@code a=1&b=2}, no whitespace); {@code s.length()} when nowhere.
   * A '?' ending a sentence is not a query, so "+1 555..." after it keeps its plus.
   */
  private static int plusAsSpaceFrom(String s) {
    int n = s.length();
    for (int q = s.indexOf('?'); q >= 0; q = s.indexOf('?', q + 1)) {
      int i = q + 1;
      while (i < n && isKeyChar(s.charAt(i))) {
        i++;
      }
      if (i > q + 1 && i < n && s.charAt(i) == '=') {
        return q + 1;
      }
    }
    if (s.indexOf('=') < 0 || s.indexOf('&') < 0) {
      return n;
    }
    for (int i = 0; i < n; i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return n;
      }
    }
    return 0;
  }

  private static boolean isKeyChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '_' || c == '-' || c == '.' || c == '[' || c == ']' || c == '%';
  }

  /** Decodes one UTF-8 sequence (or one escape kept as written) starting at {@code at}. */
  private static int decodeRun(String s, int at, ViewBuilder out) {
    int lead = hexByte(s, at);
    int extra = lead < 0x80 ? 0 : lead >= 0xF0 && lead <= 0xF4 ? 3
        : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xC2 && lead <= 0xDF ? 1 : -1;
    if (extra < 0) {
      out.copy(at, at + 3);
      return at + 3;
    }
    int cp = extra == 0 ? lead : lead & (0x3F >> extra);
    int end = at + 3;
    for (int k = 0; k < extra; k++) {
      int b = hexByte(s, end);
      if (b < 0 || (b & 0xC0) != 0x80) {
        out.copy(at, at + 3);
        return at + 3;
      }
      cp = (cp << 6) | (b & 0x3F);
      end += 3;
    }
    if (!validScalar(cp, extra)) {
      out.copy(at, at + 3);
      return at + 3;
    }
    out.appendCodePoint(cp, at, end);
    return end;
  }

  /** Rejects overlong forms, surrogates and values past U+10FFFF. */
  private static boolean validScalar(int cp, int extra) {
    int min = extra == 0 ? 0 : extra == 1 ? 0x80 : extra == 2 ? 0x800 : 0x10000;
    return cp >= min && cp <= Character.MAX_CODE_POINT
        && (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE);
  }

  /** The byte of the escape {@code %XX} at {@code at}, or -1 if there is none. */
  private static int hexByte(String s, int at) {
    if (at + 2 >= s.length() || s.charAt(at) != '%') {
      return -1;
    }
    int hi = hexValue(s.charAt(at + 1));
    int lo = hexValue(s.charAt(at + 2));
    return hi < 0 || lo < 0 ? -1 : hi << 4 | lo;
  }

  static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
