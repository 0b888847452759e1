package io.veil.training.dataset;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random values of each category. Values that must be valid are completed by the detector's
 * validators ({@link Checks}); invalid variants are derived from valid ones by breaking one rule.
 */
final class Values {

  static final List<String> FIRST = List.of("maria", "john", "wei", "yuki", "olga", "ahmed",
      "priya", "lucas", "sofia", "mehmet", "anna", "minh", "jan", "chloe", "david", "emma",
      "carlos", "hana", "ivan", "fatima", "liam", "noah", "giulia", "pieter");
  static final List<String> LAST = List.of("garcia", "smith", "zhang", "tanaka", "petrova",
      "hassan", "sharma", "martin", "rossi", "yilmaz", "kowalska", "nguyen", "devries", "dubois",
      "kim", "mueller", "silva", "jones", "lopez", "brown");
  static final List<String> MAIL_DOMAINS = List.of("gmail.com", "yahoo.com", "outlook.com",
      "proton.me", "icloud.com", "web.de", "orange.fr", "qq.com", "naver.com", "mail.ru",
      "example.com", "hotmail.co.uk", "gmx.net", "libero.it", "acme-corp.com", "uni-koeln.de");
  static final List<String> ROLE_BOXES = List.of("noreply", "no-reply", "support", "info",
      "postmaster", "abuse", "webmaster", "sales", "admin");
  static final List<String> ORG_DOMAINS = List.of("acme-corp.com", "shop.example.com",
      "globex.io", "initech.net", "contoso.com", "tienda-online.es");
  /** Assigned NANP area codes, so that generated numbers are valid for the U.S. region. */
  private static final int[] AREA_CODES = {201, 202, 206, 212, 213, 305, 312, 313, 404, 415,
      469, 503, 512, 602, 617, 646, 702, 713, 718, 773, 786, 808, 917, 949};
  private static final String UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ";

  private Values() {}

  static String email(SplittableRandom r) {
    String f = pick(r, FIRST);
    String l = pick(r, LAST);
    String local = switch (r.nextInt(4)) {
      case 0 -> f + "." + l;
      case 1 -> f.charAt(0) + l + r.nextInt(10, 99);
      case 2 -> f + "_" + l + "+news";
      default -> l + "." + f + r.nextInt(1970, 2005);
    };
    return local + "@" + pick(r, MAIL_DOMAINS);
  }

  static String roleMailbox(SplittableRandom r) {
    return pick(r, ROLE_BOXES) + "@" + pick(r, ORG_DOMAINS);
  }

  /** Ten digits of a U.S. number valid under the NANP rules (no N11 or 555 exchange). */
  static String phoneDigits(SplittableRandom r) {
    int npa = AREA_CODES[r.nextInt(AREA_CODES.length)];
    int nxx;
    do {
      nxx = r.nextInt(200, 1000);
    } while (nxx % 100 == 11 || nxx == 555 || nxx == 950 || nxx == 958 || nxx == 959);
    return npa + "" + nxx + String.format("%04d", r.nextInt(10000));
  }

  /** A U.S. area code no number can have (first digit 0 or 1), for invalid phones. */
  static String invalidPhoneDigits(SplittableRandom r) {
    return r.nextInt(100, 200) + "" + r.nextInt(200, 1000) + String.format("%04d", r.nextInt(10000));
  }

  static String formatPhone(SplittableRandom r, String d) {
    String a = d.substring(0, 3);
    String b = d.substring(3, 6);
    String c = d.substring(6);
    return switch (r.nextInt(5)) {
      case 0 -> "(" + a + ") " + b + "-" + c;
      case 1 -> a + "-" + b + "-" + c;
      case 2 -> "+1 " + a + " " + b + " " + c;
      case 3 -> a + "." + b + "." + c;
      default -> "+1-" + a + "-" + b + "-" + c;
    };
  }

  /** Digits of a card number with a known issuer prefix and a valid Luhn check digit. */
  static String cardDigits(SplittableRandom r) {
    String prefix;
    int len;
    switch (r.nextInt(6)) {
      case 0 -> { prefix = "4"; len = 16; }
      case 1 -> { prefix = "5" + r.nextInt(1, 6); len = 16; }
      case 2 -> { prefix = "2" + r.nextInt(221, 721); len = 16; }
      case 3 -> { prefix = r.nextBoolean() ? "34" : "37"; len = 15; }
      case 4 -> { prefix = r.nextBoolean() ? "6011" : "65"; len = 16; }
      default -> { prefix = "35" + r.nextInt(28, 90); len = 16; }
    }
    String payload = prefix + digits(r, len - 1 - prefix.length());
    return payload + Checks.luhnCheckDigit(payload);
  }

  /** A card number whose last digit is wrong, so that it fails Luhn. */
  static String breakLastDigit(SplittableRandom r, String d) {
    int last = d.charAt(d.length() - 1) - '0';
    return d.substring(0, d.length() - 1) + (last + 1 + r.nextInt(9)) % 10;
  }

  static String formatCard(SplittableRandom r, String d) {
    int style = r.nextInt(3);
    if (style == 0) {
      return d;
    }
    String sep = style == 1 ? " " : "-";
    if (d.length() == 15) {
      return d.substring(0, 4) + sep + d.substring(4, 10) + sep + d.substring(10);
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < d.length(); i += 4) {
      if (i > 0) {
        b.append(sep);
      }
      b.append(d, i, Math.min(d.length(), i + 4));
    }
    return b.toString();
  }

  static String ssnDigits(SplittableRandom r) {
    String s;
    do {
      s = String.format("%03d%02d%04d", r.nextInt(1, 900), r.nextInt(1, 100), r.nextInt(1, 10000));
    } while (!Checks.ssnValid(s));
    return s;
  }

  /** Nine digits that break an SSN range rule: area 000, 666 or a zero group. */
  static String invalidSsnDigits(SplittableRandom r) {
    String s = switch (r.nextInt(3)) {
      case 0 -> String.format("000%02d%04d", r.nextInt(1, 100), r.nextInt(1, 10000));
      case 1 -> String.format("666%02d%04d", r.nextInt(1, 100), r.nextInt(1, 10000));
      default -> String.format("%03d00%04d", r.nextInt(1, 666), r.nextInt(1, 10000));
    };
    return s;
  }

  static String itinDigits(SplittableRandom r) {
    int[][] ranges = {{50, 65}, {70, 88}, {90, 92}, {94, 99}};
    String s;
    do {
      int[] g = ranges[r.nextInt(ranges.length)];
      s = String.format("9%02d%02d%04d", r.nextInt(100), r.nextInt(g[0], g[1] + 1),
          r.nextInt(10000));
    } while (!Checks.itinValid(s));
    return s;
  }

  /** 9dd-dd-dddd with a middle group outside the ITIN ranges (IRSN-like). */
  static String invalidItinDigits(SplittableRandom r) {
    int[] groups = {1, 5, 10, 17, 28, 37, 40, 45};
    String s;
    do {
      s = String.format("9%02d%02d%04d", r.nextInt(100), groups[r.nextInt(groups.length)],
          r.nextInt(10000));
    } while (Checks.itinValid(s));
    return s;
  }

  static String dashed9(SplittableRandom r, String d) {
    return r.nextInt(4) == 0 ? d.substring(0, 3) + " " + d.substring(3, 5) + " " + d.substring(5)
        : d.substring(0, 3) + "-" + d.substring(3, 5) + "-" + d.substring(5);
  }

  static String dashes(String d) {
    return d.substring(0, 3) + "-" + d.substring(3, 5) + "-" + d.substring(5);
  }

  static String passport(SplittableRandom r) {
    return r.nextBoolean() ? r.nextInt(1, 10) + digits(r, 8)
        : UPPER.charAt(r.nextInt(UPPER.length())) + digits(r, 8);
  }

  /** A driver's license number in one of several state formats. */
  static String driversLicense(SplittableRandom r) {
    char a = UPPER.charAt(r.nextInt(UPPER.length()));
    return switch (r.nextInt(6)) {
      case 0 -> a + digits(r, 7);
      case 1 -> a + digits(r, 12);
      case 2 -> r.nextInt(1, 10) + digits(r, 8);
      case 3 -> a + digits(r, 11);
      case 4 -> r.nextInt(1, 10) + digits(r, 7);
      default -> "" + a + UPPER.charAt(r.nextInt(UPPER.length())) + digits(r, 6);
    };
  }

  /** 8 to 17 digits; a 13-19 digit value is kept off valid card numbers so no label flips. */
  static String bankAccount(SplittableRandom r) {
    String s = r.nextInt(1, 10) + digits(r, r.nextInt(7, 17));
    if (s.length() >= 13 && Checks.luhnCheckDigit(s.substring(0, s.length() - 1))
        == s.charAt(s.length() - 1) - '0') {
      s = breakLastDigit(r, s);
    }
    return s;
  }

  static String routing(SplittableRandom r) {
    int[] prefixes = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31, 32, 61, 63, 67, 71};
    String eight = String.format("%02d", prefixes[r.nextInt(prefixes.length)]) + digits(r, 6);
    return eight + Checks.abaCheckDigit(eight);
  }

  static String digits(SplittableRandom r, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + r.nextInt(10)));
    }
    return b.toString();
  }

  /** Lowercase hex with at most four digits in a row, so that no id reads as a number. */
  static String hex(SplittableRandom r, int n) {
    StringBuilder b = new StringBuilder(n);
    int run = 0;
    for (int i = 0; i < n; i++) {
      char ch = run >= 4 ? "abcdef".charAt(r.nextInt(6)) : "0123456789abcdef".charAt(r.nextInt(16));
      run = Character.isDigit(ch) ? run + 1 : 0;
      b.append(ch);
    }
    return b.toString();
  }

  static String uuid(SplittableRandom r) {
    return hex(r, 8) + "-" + hex(r, 4) + "-4" + hex(r, 3) + "-a" + hex(r, 3) + "-" + hex(r, 12);
  }

  static String isoTime(SplittableRandom r) {
    return String.format("2026-%02d-%02dT%02d:%02d:%02d.%03dZ", r.nextInt(1, 13),
        r.nextInt(1, 29), r.nextInt(24), r.nextInt(60), r.nextInt(60), r.nextInt(1000));
  }

  static <T> T pick(SplittableRandom r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }
}
