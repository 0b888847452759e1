package io.veil.detector.context;

import java.text.Normalizer;
import java.util.Locale;

/** Folds words for matching: lower case, Latin diacritics removed, a few ligatures expanded. */
final class Fold {

  private Fold() {}

  /** The folded form of {@code s}. */
  static String fold(CharSequence s) {
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    String lower = s.toString().toLowerCase(Locale.ROOT);
    if (ascii) {
      return lower;
    }
    StringBuilder out = new StringBuilder(lower.length());
    String nfd = Normalizer.normalize(lower, Normalizer.Form.NFD);
    boolean latinBase = false;
    for (int i = 0; i < nfd.length(); i++) {
      char c = nfd.charAt(i);
      int type = Character.getType(c);
      // Marks on Latin letters are diacritics to drop; marks in other scripts are vowel signs.
      if (type == Character.NON_SPACING_MARK) {
        if (latinBase) {
          continue;
        }
      } else {
        latinBase = c < 0x250;
      }
      switch (c) {
        case 'ß' -> out.append("ss");
        case 'ł' -> out.append('l');
        case 'ı' -> out.append('i');
        case 'đ' -> out.append('d');
        case 'ø' -> out.append('o');
        case 'æ' -> out.append("ae");
        case 'œ' -> out.append("oe");
        case 'ё' -> out.append('е');
        default -> out.append(c);
      }
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /** Whether {@code c} belongs to a script written without spaces or with attached particles. */
  static boolean substringScript(char c) {
    if (c == '\u30fc' || c == '\u3005' || c == '\uff70') {
      return true; // prolonged sound mark and iteration mark sit inside Japanese words
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return switch (s) {
      case HAN, HIRAGANA, KATAKANA, HANGUL, ARABIC, DEVANAGARI, CYRILLIC, THAI -> true;
      default -> false;
    };
  }
}
