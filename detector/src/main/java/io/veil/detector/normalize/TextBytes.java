package io.veil.detector.normalize;

/**
 * Decides whether decoded bytes are text worth scanning: strictly valid UTF-8 whose characters
 * are printable (no controls but tab and line breaks, nothing unassigned or private), mostly
 * letters, digits and spaces, with few odd symbols, and letters beyond ASCII from one script.
 * Random bytes, which is what a word or random identifier read as base64 gives, fail.
 */
final class TextBytes {

  /** Fewer characters than this say too little to be worth a view. */
  private static final int MIN_CHARS = 4;
  /** Punctuation of prose, e-mail, URLs and JSON; the rest of ASCII's symbols count as odd. */
  private static final String COMMON_PUNCTUATION = ".,:;@-_/'\"{}[]()=&?+#%!";

  private TextBytes() {}

  /** The text of {@code bytes[0, count)}, or {@code null} if it does not read as text. */
  static String decodeText(byte[] bytes, int count) {
    char[] chars = new char[count];
    Tally tally = new Tally();
    int length = 0;
    int i = 0;
    while (i < count) {
      int lead = bytes[i] & 0xFF;
      int extra = lead < 0x80 ? 0 : lead >= 0xF0 && lead <= 0xF4 ? 3
          : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xC2 && lead <= 0xDF ? 1 : -1;
      if (extra < 0 || i + extra >= count) {
        return null;
      }
      int cp = extra == 0 ? lead : lead & (0x3F >> extra);
      for (int k = 1; k <= extra; k++) {
        int b = bytes[i + k] & 0xFF;
        if ((b & 0xC0) != 0x80) {
          return null;
        }
        cp = cp << 6 | (b & 0x3F);
      }
      if (!printable(cp, extra) || !tally.add(cp)) {
        return null;
      }
      length += Character.toChars(cp, chars, length);
      i += extra + 1;
    }
    return tally.readsAsText() ? new String(chars, 0, length) : null;
  }

  private static boolean printable(int cp, int extra) {
    int min = extra == 0 ? 0 : extra == 1 ? 0x80 : extra == 2 ? 0x800 : 0x10000;
    if (cp < min || cp > Character.MAX_CODE_POINT) {
      return false;
    }
    if (cp < 0x20) {
      return cp == '\t' || cp == '\n' || cp == '\r';
    }
    switch (Character.getType(cp)) {
      case Character.CONTROL:
      case Character.UNASSIGNED:
      case Character.PRIVATE_USE:
      case Character.SURROGATE:
        return false;
      default:
        return true;
    }
  }

  /** Counts what kind of characters the decoded text holds. */
  private static final class Tally {
    private int codePoints;
    private int wordish;
    private int odd;
    private int foreignLetters;
    private Character.UnicodeScript script;

    /** Adds one code point; false as soon as letters of a second non-Latin script appear. */
    boolean add(int cp) {
      codePoints++;
      if (cp < 0x80) {
        if (Character.isLetterOrDigit(cp) || cp == ' ') {
          wordish++;
        } else if (cp != '\n' && cp != '\r' && COMMON_PUNCTUATION.indexOf(cp) < 0) {
          odd++;
        }
        return true;
      }
      if (Character.isLetterOrDigit(cp)) {
        wordish++;
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        if (s != Character.UnicodeScript.LATIN && s != Character.UnicodeScript.COMMON) {
          foreignLetters++;
          if (script != null && script != s) {
            return false;
          }
          script = s;
        }
      } else if (Character.isSpaceChar(cp)) {
        wordish++;
      } else if (!(cp >= 0x2000 && cp <= 0x206F) && !(cp >= 0xA1 && cp <= 0xBF)) {
        odd++;
      }
      return true;
    }

    /**
     * Mostly words, at most one odd symbol in ten, and a letter of another script never alone:
     * one stray CJK or Arabic letter among ASCII is what random bytes look like.
     */
    boolean readsAsText() {
      return codePoints >= MIN_CHARS && wordish * 2 >= codePoints && odd * 10 <= codePoints
          && foreignLetters != 1;
    }
  }
}
