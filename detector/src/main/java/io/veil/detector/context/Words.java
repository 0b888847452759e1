package io.veil.detector.context;

import java.util.ArrayList;
import java.util.List;

/** Splits text into {@link Word}s: snake_case, kebab-case and camelCase all become words. */
final class Words {

  private Words() {}

  /** The words of {@code text[from, to)} in reading order. */
  static List<Word> split(CharSequence text, int from, int to) {
    List<Word> out = new ArrayList<>();
    int i = Math.max(0, from);
    int end = Math.min(text.length(), to);
    while (i < end) {
      char c = text.charAt(i);
      if (c == '#') {
        out.add(new Word("#", i, i + 1, Word.Kind.HASH));
        i++;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < end && Character.isLetterOrDigit(text.charAt(j))) {
          j++;
        }
        out.add(new Word(text.subSequence(i, j).toString(), i, j, Word.Kind.NUMBER));
        i = j;
      } else if (isWordChar(c)) {
        int j = i;
        boolean script = Fold.substringScript(c);
        while (j < end && isWordChar(text.charAt(j))
            && Fold.substringScript(text.charAt(j)) == script) {
          j++;
        }
        if (script) {
          out.add(new Word(Fold.fold(text.subSequence(i, j)), i, j, Word.Kind.SCRIPT));
        } else {
          splitCamel(text, i, j, out);
        }
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }

  static boolean isWordChar(char c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
  }

  // "passportNumber" -> passport, number; "SSNNumber" -> ssn, number; "acctNum" -> acct, num.
  private static void splitCamel(CharSequence text, int from, int to, List<Word> out) {
    int s = from;
    for (int k = from + 1; k < to; k++) {
      char prev = text.charAt(k - 1);
      char cur = text.charAt(k);
      boolean lowerToUpper = Character.isLowerCase(prev) && Character.isUpperCase(cur);
      boolean acronymEnd = Character.isUpperCase(prev) && Character.isUpperCase(cur)
          && k + 1 < to && Character.isLowerCase(text.charAt(k + 1));
      if (lowerToUpper || acronymEnd) {
        out.add(new Word(Fold.fold(text.subSequence(s, k)), s, k, Word.Kind.LATIN));
        s = k;
      }
    }
    out.add(new Word(Fold.fold(text.subSequence(s, to)), s, to, Word.Kind.LATIN));
  }
}
