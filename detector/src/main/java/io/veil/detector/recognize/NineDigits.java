package io.veil.detector.recognize;

import java.util.ArrayList;
import java.util.List;

/**
 * The 9-digit values SSN and ITIN recognizers look at: {@code ddd-dd-dddd} (dashes, spaces or
 * dots; {@code grouped}), a bare run of 9 digits ({@code plain}), 9 digits spaced out one by one
 * ({@code spaced}), or 9 digits in other groupings ({@code regrouped}: {@code 536 221 234}).
 */
final class NineDigits {

  /** One 9-digit value. */
  record Form(int start, int end, String digits, String shape) {}

  private NineDigits() {}

  static List<Form> find(ScanText t) {
    List<Form> out = new ArrayList<>();
    for (Chain c : t.chains()) {
      int n = c.size();
      if (regrouped(c) && out.size() < 64) {
        out.add(form(t, c.tokens().get(0).start(), c.tokens().get(n - 1).end(), "regrouped"));
        continue;
      }
      for (int i = 0; i < n && out.size() < 64; i++) {
        Token a = c.tokens().get(i);
        if (a.length() == 3 && i + 2 < n && grouped(c, i)) {
          out.add(form(t, a.start(), c.tokens().get(i + 2).end(), "grouped"));
          i += 2;
        } else if (a.length() == 9 && a.allDigits() && alone(c, i)
            && !Shapes.embedded(t, a.start(), a.end())) {
          out.add(form(t, a.start(), a.end(), "plain"));
        } else if (a.length() == 1 && i + 9 <= n && singles(c, i, i + 9)
            && (i + 9 == n || c.tokens().get(i + 9).length() > 1)) {
          out.add(form(t, a.start(), c.tokens().get(i + 8).end(), spacedShape(c, i)));
          i += 8;
        }
      }
    }
    return out;
  }

  private static Form form(ScanText t, int start, int end, String shape) {
    return new Form(start, end, t.compact(start, end), shape);
  }

  private static boolean singles(Chain c, int from, int to) {
    for (int k = from; k < to; k++) {
      if (c.tokens().get(k).length() != 1 || !c.tokens().get(k).allDigits()) {
        return false;
      }
    }
    return true;
  }

  // "5 3 6 - 2 2 - 1 2 3 4": digits spaced out, with wider separators marking 3-2-4 groups.
  private static String spacedShape(Chain c, int i) {
    char[] s = c.separators();
    char inner = s[i];
    boolean grouped = s[i + 2] != inner && s[i + 4] != inner && s[i + 2] == s[i + 4];
    for (int k = i; k < i + 8; k++) {
      if (k != i + 2 && k != i + 4 && s[k] != inner) {
        return "spaced";
      }
    }
    return grouped ? "grouped" : "spaced";
  }

  // "536 221 234", "5362-2123-4": 9 digits in 2-4 groups other than 3-2-4, the whole chain, with
  // one separator read through (policy: obfuscation); weak, as amounts are written so too.
  private static boolean regrouped(Chain c) {
    int n = c.size();
    if (n < 2 || n > 4 || c.plus() || !c.uniform(0, n) || c.digits(0, n) != 9) {
      return false;
    }
    char sep = c.separator(0, n);
    boolean ssnShape = n == 3 && c.tokens().get(0).length() == 3
        && c.tokens().get(1).length() == 2;
    return (sep == '-' || sep == ' ' || sep == '.') && !ssnShape;
  }

  // 3-2-4 with one separator, and not glued by that same separator to more groups.
  private static boolean grouped(Chain c, int i) {
    if (c.tokens().get(i + 1).length() != 2 || c.tokens().get(i + 2).length() != 4
        || !c.uniform(i, i + 3)) {
      return false;
    }
    char sep = c.separators()[i];
    if (sep != '-' && sep != ' ' && sep != '.') {
      return false;
    }
    boolean before = i > 0 && c.separators()[i - 1] == sep;
    boolean after = i + 3 < c.size() && c.separators()[i + 2] == sep;
    return !before && !after;
  }

  // A plain value stands alone: not part of a longer run of groups like a card or a phone.
  private static boolean alone(Chain c, int i) {
    boolean before = i > 0 && c.separators()[i - 1] != ' ';
    boolean after = i + 1 < c.size() && c.separators()[i] != ' ';
    return !before && !after;
  }
}
