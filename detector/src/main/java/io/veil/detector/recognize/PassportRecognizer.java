package io.veil.detector.recognize;

import com.google.re2j.Pattern;
import io.veil.protocol.Category;
import java.util.ArrayList;
import java.util.List;

/**
 * U.S. passport numbers, always with context: {@code passport_legacy} (9 digits),
 * {@code passport_next_gen} (a letter and 8 digits), {@code passport_card} (C and 8 digits), and,
 * needing a label, {@code passport_shape} (up to 2 letters and 6–9 digits), {@code passport_alnum}
 * (other countries' 6–17 letters and digits) and {@code passport_grouped} ({@code 75 1234567}).
 */
public final class PassportRecognizer implements Recognizer {

  private static final Pattern LEGACY = Pattern.compile("[0-9]{9}");
  private static final Pattern NEXT_GEN = Pattern.compile("[A-Z][0-9]{8}");
  private static final Pattern SHAPE = Pattern.compile("[A-Z]{0,2}[0-9]{6,9}");
  /**
   * Other countries' books: 6–17 upper-case letters and digits, at least three digits and one
   * letter (all-digit runs are the shapes above).
   */
  private static final Pattern ALNUM = Pattern.compile("[A-Z0-9]{6,17}");

  @Override
  public Category category() {
    return Category.PASSPORT;
  }

  @Override
  public List<String> contextWords() {
    return List.of("passport", "passports", "passport no", "passport number", "passportno",
        "passport*", "passport card", "passport card number", "passport card no", "passport book",
        "passport book number", "pasaporte", "pasaporte*",
        "passeport", "passeport*", "reisepass", "reisepass*", "passnummer", "pass nr",
        "pass no", "passnr", "passaporte", "passaporte*", "passaporto", "passaporto*",
        "paspoort", "paspoort*", "travel document", "documento de viaje", "reisedokument",
        "护照", "護照", "パスポート", "旅券", "여권", "паспорт", "جواز السفر", "جواز سفر",
        "جواز", "पासपोर्ट", "ho chieu", "pasaport", "pasaport*", "paszport", "paszport*");
  }

  @Override
  public int minDigits() {
    return 6;
  }

  @Override
  public boolean alwaysNeedsContext() {
    return true;
  }

  @Override
  public List<Candidate> candidates(ScanText t) {
    List<Candidate> out = new ArrayList<>();
    for (Token k : t.tokens()) {
      if (k.length() < 6 || k.length() > 17 || k.digits() < 3 || out.size() >= 64) {
        continue;
      }
      String v = t.compact(k.start(), k.end());
      String pattern = LEGACY.matches(v) ? "passport_legacy"
          : NEXT_GEN.matches(v) ? (v.charAt(0) == 'C' ? "passport_card" : "passport_next_gen")
          : SHAPE.matches(v) ? "passport_shape"
          : ALNUM.matches(v) && k.digits() < v.length() && !v.contains("XXX")
              ? "passport_alnum" : null;
      if (pattern == null) {
        continue;
      }
      if (Shapes.embedded(t, k.start(), k.end()) || joined(t, k)) {
        out.add(Candidate.of(k.start(), k.end(), pattern, Strength.REJECTED, false, "embedded"));
      } else {
        Strength s = pattern.startsWith("passport_shape") || pattern.equals("passport_alnum")
            ? Strength.INVALID : Strength.WEAK;
        out.add(Candidate.of(k.start(), k.end(), pattern, s, false, "shape"));
      }
    }
    for (Spaced sp : t.spaced()) {
      String v = sp.compact();
      String pattern = LEGACY.matches(v) || NEXT_GEN.matches(v) ? "passport_spaced"
          : SHAPE.matches(v) ? "passport_shape_spaced" : null;
      if (pattern != null && out.size() < 64) {
        out.add(Candidate.of(sp.start(), sp.end(), pattern,
            pattern.equals("passport_spaced") ? Strength.WEAK : Strength.INVALID, false, "shape"));
      }
    }
    grouped(t, out);
    return out;
  }

  // "75 1234567", "45 06 123456": digit groups a label names as one passport number (rule 2,
  // obfuscation); only a label makes them a passport, as the shape is any grouped number.
  private static void grouped(ScanText t, List<Candidate> out) {
    for (Chain c : t.chains()) {
      int n = c.size();
      if (n < 2 || n > 3 || c.plus() || !c.uniform(0, n) || out.size() >= 64) {
        continue;
      }
      int digits = c.digits(0, n);
      char sep = c.separator(0, n);
      if (digits < 8 || digits > 10 || (sep != ' ' && sep != '-')
          || c.tokens().get(0).length() > 4 || Shapes.dateAt(t, c, 0) || otherShape(c)) {
        continue;
      }
      int start = c.tokens().get(0).start();
      int end = c.tokens().get(n - 1).end();
      if (!Shapes.embedded(t, start, end)) {
        out.add(Candidate.of(start, end, "passport_grouped", Strength.INVALID, false, "shape"));
      }
    }
  }

  // 3-2-4 is how an SSN is written and 3-3-4 a phone: those stay their own categories' values.
  private static boolean otherShape(Chain c) {
    if (c.size() != 3) {
      return false;
    }
    int a = c.tokens().get(0).length();
    int b = c.tokens().get(1).length();
    int d = c.tokens().get(2).length();
    return a == 3 && (b == 2 || b == 3) && d == 4;
  }

  // Part of a longer grouped number (a card, a phone, an SSN written 123-45-6789...).
  static boolean joined(ScanText t, Token k) {
    char b = t.at(k.start() - 1);
    char a = t.at(k.end());
    return ((b == '-' || b == '.') && ScanText.isAlnum(t.at(k.start() - 2)))
        || ((a == '-' || a == '.') && ScanText.isAlnum(t.at(k.end() + 1)));
  }
}
