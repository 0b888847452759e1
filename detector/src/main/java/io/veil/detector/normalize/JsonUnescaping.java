package io.veil.detector.normalize;

import java.util.List;

/**
 * JSON string escapes read through ({@code \"}, {@code \\}, {@code \/}, {@code \n}...,
 * backslash-u escapes incl. surrogate pairs), so JSON held inside a string value reads as plain
 * JSON; also the JavaScript and Python {@code \x40} for printable ASCII. An escape that JSON
 * does not define, or a lone surrogate, stays as written. One pass removes one level of escaping;
 * {@link Normalizer} applies it again for deeper levels, within its limits.
 */
final class JsonUnescaping extends Layer {

  static final String NAME = "json";

  JsonUnescaping() {
    super(NAME, TextFeatures.BACKSLASH);
  }

  @Override
  MappedView apply(MappedView source, Budget budget, List<String> transforms) {
    String s = source.text();
    if (s.indexOf('\\') < 0) {
      return null;
    }
    int n = s.length();
    ViewBuilder out = new ViewBuilder(source, budget);
    int i = 0;
    while (i < n && !out.overflowed()) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= n) {
        out.copy(i, i + 1);
        i++;
        continue;
      }
      char e = s.charAt(i + 1);
      char simple = simpleEscape(e);
      if (simple != 0) {
        out.append(simple, i, i + 2);
        i += 2;
      } else if (e == 'u') {
        i = unicodeEscape(s, i, out);
      } else if (e == 'x' && hexEscape(s, i) >= 0) {
        out.append((char) hexEscape(s, i), i, i + 4);
        i += 4;
      } else {
        // An escape JSON does not define, such as "\q", is kept as written.
        out.copy(i, i + 2);
        i += 2;
      }
    }
    return out.build(transforms);
  }

  private static char simpleEscape(char e) {
    switch (e) {
      case '"': return '"';
      case '\\': return '\\';
      case '/': return '/';
      case '\'': return '\'';
      case 'b': return '\b';
      case 'f': return '\f';
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      default: return 0;
    }
  }

  /** Decodes {@code \}{@code uXXXX} at {@code at} (a pair for a surrogate pair). */
  private static int unicodeEscape(String s, int at, ViewBuilder out) {
    int unit = hex4(s, at);
    if (unit < 0) {
      out.copy(at, at + 2);
      return at + 2;
    }
    if (Character.isHighSurrogate((char) unit)) {
      int low = hex4(s, at + 6);
      if (low >= 0 && Character.isLowSurrogate((char) low)) {
        out.append((char) unit, at, at + 6);
        out.append((char) low, at + 6, at + 12);
        return at + 12;
      }
      out.copy(at, at + 6);
      return at + 6;
    }
    if (Character.isLowSurrogate((char) unit)) {
      out.copy(at, at + 6);
      return at + 6;
    }
    out.append((char) unit, at, at + 6);
    return at + 6;
  }

  /**
   * The character of a JavaScript or Python escape {@code \}{@code xHH} at {@code at} when it is
   * printable ASCII, else -1: "C:\x86" in a Windows path is not an escape worth reading.
   */
  private static int hexEscape(String s, int at) {
    if (at + 4 > s.length()) {
      return -1;
    }
    int hi = UrlDecoding.hexValue(s.charAt(at + 2));
    int lo = UrlDecoding.hexValue(s.charAt(at + 3));
    int value = hi < 0 || lo < 0 ? -1 : hi << 4 | lo;
    return value >= 0x20 && value < 0x7F ? value : -1;
  }

  /** The code unit of the escape at {@code at}, or -1 if it is not one. */
  private static int hex4(String s, int at) {
    if (at + 6 > s.length() || s.charAt(at) != '\\' || s.charAt(at + 1) != 'u') {
      return -1;
    }
    int value = 0;
    for (int k = at + 2; k < at + 6; k++) {
      int d = UrlDecoding.hexValue(s.charAt(k));
      if (d < 0) {
        return -1;
      }
      value = value << 4 | d;
    }
    return value;
  }
}
