package io.veil.detector.recognize;

import com.google.re2j.Pattern;
import io.veil.protocol.Category;
import java.util.ArrayList;
import java.util.List;

/**
 * U.S. passport numbers, always with context: {@code passport_legacy} (9 digits),
 * {@code passport_next_gen} (a letter and 8 digits), {@code passport_card} (C and 8 digits), and
 * {@code passport_shape} (up to 2 letters and 6–9 digits), which needs a label.
 */
public final class PassportRecognizer implements Recognizer {

  private static final Pattern LEGACY = Pattern.compile("[0-9]{9}");
  private static final Pattern NEXT_GEN = Pattern.compile("[A-Z][0-9]{8}");
  private static final Pattern SHAPE = Pattern.compile("[A-Z]{0,2}[0-9]{6,9}");

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
      if (k.length() < 6 || k.length() > 11 || k.digits() < 6 || out.size() >= 64) {
        continue;
      }
      String v = t.compact(k.start(), k.end());
      String pattern = LEGACY.matches(v) ? "passport_legacy"
          : NEXT_GEN.matches(v) ? (v.charAt(0) == 'C' ? "passport_card" : "passport_next_gen")
          : SHAPE.matches(v) ? "passport_shape" : null;
      if (pattern == null) {
        continue;
      }
      if (Shapes.embedded(t, k.start(), k.end()) || joined(t, k)) {
        out.add(Candidate.of(k.start(), k.end(), pattern, Strength.REJECTED, false, "embedded"));
      } else {
        Strength s = pattern.equals("passport_shape") ? Strength.INVALID : Strength.WEAK;
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
    return out;
  }

  // Part of a longer grouped number (a card, a phone, an SSN written 123-45-6789...).
  static boolean joined(ScanText t, Token k) {
    char b = t.at(k.start() - 1);
    char a = t.at(k.end());
    return ((b == '-' || b == '.') && ScanText.isAlnum(t.at(k.start() - 2)))
        || ((a == '-' || a == '.') && ScanText.isAlnum(t.at(k.end() + 1)));
  }
}
