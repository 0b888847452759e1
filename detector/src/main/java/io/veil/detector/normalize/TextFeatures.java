package io.veil.detector.normalize;

/**
 * What a text holds that some transform could act on, found in one pass so that a plain text
 * skips every transform after a single scan.
 */
final class TextFeatures {

  /** A character at or above U+0080, or {@code '&'}: cleaning may change something. */
  static final int CLEANABLE = 1;
  static final int PERCENT = 1 << 1;
  static final int PLUS = 1 << 2;
  static final int BACKSLASH = 1 << 3;
  static final int AMPERSAND = 1 << 4;
  /** A run of base64 characters long and irregular enough to be worth decoding. */
  static final int BASE64_RUN = 1 << 5;

  private static final byte OTHER = 0;
  private static final byte LOWER = 1;
  private static final byte UPPER = 2;
  /** Digits and the base64 symbols: a run holding one is not a plain word. */
  private static final byte SYMBOL = 3;
  /** ASCII class of each character below U+0080, so the scan branches once per character. */
  private static final byte[] ASCII_CLASS = asciiClasses();

  private TextFeatures() {}

  /** The features of {@code s} as a set of the flags above. */
  static int of(String s) {
    int flags = 0;
    int run = 0;
    boolean irregular = false;
    int caseChanges = 0;
    byte previous = OTHER;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      byte kind = c < 0x80 ? ASCII_CLASS[c] : OTHER;
      if (kind != OTHER) {
        if (kind == SYMBOL) {
          irregular = true;
          if (c == '+') {
            flags |= PLUS;
          }
        } else if (run > 0 && kind != previous && previous != SYMBOL) {
          caseChanges++;
        }
        previous = kind;
        run++;
        continue;
      }
      if (run > 0) {
        flags |= endRun(run, irregular, caseChanges);
        run = 0;
        irregular = false;
        caseChanges = 0;
        previous = OTHER;
      }
      if (c >= 0x80) {
        flags |= CLEANABLE;
      } else if (c == '&') {
        flags |= CLEANABLE | AMPERSAND;
      } else if (c == '%') {
        flags |= PERCENT;
      } else if (c == '\\') {
        flags |= BACKSLASH;
      }
    }
    return flags | endRun(run, irregular, caseChanges);
  }

  private static byte[] asciiClasses() {
    byte[] classes = new byte[0x80];
    for (char c = 'a'; c <= 'z'; c++) {
      classes[c] = LOWER;
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      classes[c] = UPPER;
    }
    for (char c = '0'; c <= '9'; c++) {
      classes[c] = SYMBOL;
    }
    for (char c : "+/-_=".toCharArray()) {
      classes[c] = SYMBOL;
    }
    return classes;
  }

  /** Mirrors {@link Base64Decoding}'s word test: letters that rarely change case are words. */
  private static int endRun(int run, boolean irregular, int caseChanges) {
    if (run < Base64Decoding.MIN_TOKEN) {
      return 0;
    }
    return irregular || caseChanges * 4 >= run ? BASE64_RUN : 0;
  }
}
