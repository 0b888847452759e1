package io.veil.detector.validate;

/** Shared digit-string checks for the validators. */
final class Digits {

  private Digits() {}

  /** Whether {@code s} is non-empty and only ASCII digits. */
  static boolean allDigits(CharSequence s) {
    if (s == null || s.length() == 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} is exactly {@code n} ASCII digits. */
  static boolean digits(CharSequence s, int n) {
    return s != null && s.length() == n && allDigits(s);
  }

  /** The number formed by digits {@code from} (inclusive) to {@code to} (exclusive). */
  static int value(CharSequence s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }
}
