package io.veil.detector.normalize;

/**
 * Decides whether decoded bytes are text worth scanning: strictly valid UTF-8 whose characters
 * are printable (no controls but tab and line breaks, nothing unassigned or private), and mostly
 * letters, digits and spaces. Random bytes, which is what a word read as base64 gives, fail.
 */
final class TextBytes {

  /** Fewer characters than this say too little to be worth a view. */
  private static final int MIN_CHARS = 4;

  private TextBytes() {}

  /** The text of {@code bytes[0, count)}, or {@code null} if it does not read as text. */
  static String decodeText(byte[] bytes, int count) {
    char[] chars = new char[count];
    int length = 0;
    int codePoints = 0;
    int wordish = 0;
    int i = 0;
    while (i < count) {
      int lead = bytes[i] & 0xFF;
      int extra = lead < 0x80 ? 0 : lead >= 0xF0 && lead <= 0xF4 ? 3
          : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xC2 && lead <= 0xDF ? 1 : -1;
      if (extra < 0) {
        return null;
      }
      int cp = extra == 0 ? lead : lead & (0x3F >> extra);
      for (int k = 1; k <= extra; k++) {
        if (i + k >= count) {
          return null;
        }
        int b = bytes[i + k] & 0xFF;
        if ((b & 0xC0) != 0x80) {
          return null;
        }
        cp = cp << 6 | (b & 0x3F);
      }
      if (!printable(cp, extra)) {
        return null;
      }
      if (Character.isLetterOrDigit(cp) || cp == ' ') {
        wordish++;
      }
      codePoints++;
      length += Character.toChars(cp, chars, length);
      i += extra + 1;
    }
    if (codePoints < MIN_CHARS || wordish * 2 < codePoints) {
      return null;
    }
    return new String(chars, 0, length);
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
}
