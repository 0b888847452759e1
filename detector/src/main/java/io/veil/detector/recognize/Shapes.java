package io.veil.detector.recognize;

/** Checks shared by recognizers: is a token part of something that is plainly not a value? */
final class Shapes {

  private Shapes() {}

  /**
   * Whether {@code [start, end)} is glued into a larger identifier: a product slug such as
   * {@code passport-wallet-tribe-56060137}, a file name, a decimal or a version.
   */
  static boolean embedded(ScanText t, int start, int end) {
    char b1 = t.at(start - 1);
    char b2 = t.at(start - 2);
    char a1 = t.at(end);
    char a2 = t.at(end + 1);
    if ((b1 == '-' || b1 == '_') && Character.isLetter(b2)) {
      return true;
    }
    if ((a1 == '-' || a1 == '_') && Character.isLetter(a2)) {
      return true;
    }
    if ((b1 == '.' || b1 == ',' || b1 == ':') && ScanText.isDigit(b2)) {
      return true;
    }
    if ((a1 == '.' || a1 == ',' || a1 == ':') && ScanText.isDigit(a2)) {
      return true;
    }
    if (b1 == '_' || a1 == '_' || a1 == '%' || a1 == '@') {
      return true;
    }
    return isMoney(b1) || isMoney(b2) && b1 == ' ';
  }

  static boolean isMoney(char c) {
    return c == '$' || c == '€' || c == '£' || c == '¥' || c == '₹' || c == '₩' || c == '₽';
  }

  /** Whether a token looks masked: three or more X or x in a row. */
  static boolean masked(ScanText t, int start, int end) {
    int run = 0;
    for (int i = start; i < end; i++) {
      char c = t.at(i);
      run = c == 'X' || c == 'x' ? run + 1 : 0;
      if (run >= 3) {
        return true;
      }
    }
    char b = t.at(start - 1);
    char a = t.at(end);
    return b == '*' || a == '*' || b == '•' || a == '•';
  }

  /** Whether tokens {@code from, from+1, from+2} of a chain read as a calendar date. */
  static boolean dateAt(ScanText t, Chain c, int from) {
    if (from + 2 >= c.size()) {
      return false;
    }
    int a = c.tokens().get(from).length();
    int b = c.tokens().get(from + 1).length();
    int d = c.tokens().get(from + 2).length();
    if (a == 4 && b <= 2 && d <= 2) {
      int y = value(t, c.tokens().get(from));
      return y >= 1900 && y <= 2099 && value(t, c.tokens().get(from + 1)) <= 12;
    }
    if (a <= 2 && b <= 2 && d == 4) {
      int y = value(t, c.tokens().get(from + 2));
      return y >= 1900 && y <= 2099;
    }
    return false;
  }

  static int value(ScanText t, Token k) {
    int v = 0;
    for (int i = k.start(); i < k.end() && i < k.start() + 9; i++) {
      char ch = t.at(i);
      v = ScanText.isDigit(ch) ? v * 10 + (ch - '0') : v;
    }
    return v;
  }
}
