package io.veil.detector.recognize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.veil.protocol.Category;
import java.util.ArrayList;
import java.util.List;

/**
 * Phone numbers through libphonenumber ({@code findNumbers}, leniency VALID, U.S. by default and
 * every region in international {@code +} form), run on each number-shaped chain so that work
 * stays bounded. {@code phone_international} and {@code phone_national} (with the usual
 * separators) are distinctive; {@code phone_plain} (bare digits) needs context; {@code
 * phone_shape} (7–15 digits that no region accepts) needs a label.
 */
public final class PhoneRecognizer implements Recognizer {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final String DEFAULT_REGION = "US";
  /** libphonenumber calls per view; a real field holds a handful of numbers. */
  private static final int MAX_LOOKUPS = 128;

  @Override
  public Category category() {
    return Category.PHONE;
  }

  @Override
  public List<String> contextWords() {
    return List.of("phone", "phones", "phone number", "phone no", "phonenumber", "phone*",
        "telephone", "tel", "tel no", "telno", "mobile", "mobile number", "mobile no", "mob",
        "cell", "cell phone", "cellphone", "cell number", "fax", "contact number", "call",
        "call me", "text me", "sms", "whatsapp", "ph", "ph no", "landline", "msisdn",
        "telefono", "telefono*", "movil", "celular", "numero de telefono", "llamar", "llame",
        "telephone*", "portable", "numero de telephone", "appeler", "appelez", "telefon",
        "telefon*", "telefonnummer", "handy", "handynummer", "mobilnummer", "rufnummer",
        "anrufen", "telefone", "telemovel", "contato", "cellulare", "numero di telefono",
        "chiamare", "telefoon*", "mobiel", "gsm", "bellen", "电话", "電話", "手机", "手機",
        "联系方式", "携帯", "電話番号", "전화", "휴대폰", "핸드폰", "연락처", "телефон",
        "мобильн", "тел", "هاتف", "الهاتف", "جوال", "الجوال", "موبايل", "फ़ोन", "फोन",
        "मोबाइल", "दूरभाष", "dien thoai", "sdt", "so dien thoai", "cep", "cep telefonu",
        "komorka", "komorkowy", "numer telefonu", "zadzwon",
        // "call me (at/on)" in the supported languages: a number after them is a phone
        "call me at", "call me on", "ring me", "ring me on", "reach me at", "text me at",
        "llamame", "llamame al", "llameme", "llameme al", "marcame", "rappelez", "rappelez moi",
        "rappelez moi au", "appelez moi", "appelez moi au", "rappelle moi", "rappelle moi au",
        "appelle moi", "appelle moi au", "ruf mich an", "ruf mich an unter", "rufen sie mich an",
        "rufen sie mich unter", "ruf mich unter", "ligue me", "ligue me no", "ligue para mim",
        "me ligue", "me liga", "liga me", "chiamami", "chiamami al", "richiamami", "mi chiami",
        "bel me", "bel me op", "bel mij", "bel mij op", "bel me terug", "zadzwon do mnie",
        "zadzwon pod", "beni ara", "ara beni", "goi cho toi", "goi toi", "goi lai",
        "позвоните мне", "позвони мне", "перезвоните", "перезвони", "اتصل بي", "اتصلي بي",
        "मुझे कॉल करें", "कॉल करें", "打电话给我", "给我打电话", "打給我", "電話して", "お電話ください",
        "전화 주세요", "전화해", "전화주세요");
  }

  @Override
  public int minDigits() {
    return 7;
  }

  @Override
  public boolean alwaysNeedsContext() {
    return false;
  }

  @Override
  public List<Candidate> candidates(ScanText t) {
    List<Candidate> out = new ArrayList<>();
    int lookups = 0;
    for (Chain c : t.chains()) {
      int digits = c.digits(0, c.size());
      if (digits < 7 || out.size() >= 64 || allDatesOrVersions(t, c)) {
        continue;
      }
      if (c.size() == 1 && !c.plus()) {
        out.add(plain(t, c, digits));
        continue;
      }
      if (!c.plus() && !nanpShaped(t, c, digits)) {
        Candidate foreign = foreignNational(t, c, digits);
        if (foreign != null) {
          out.add(foreign);
        } else if (digits <= 15 && c.size() <= 6 && c.uniform(0, 1)) {
          out.add(Candidate.of(c.start(), c.end(), "phone_shape", Strength.INVALID, false,
              "libphonenumber_invalid"));
        }
        continue;
      }
      if (++lookups > MAX_LOOKUPS) {
        break;
      }
      boolean any = find(t, c, window(t, c), out);
      if (!any && c.plus() && t.at(c.start() - 1) != ' ') {
        // ",+213-388-2649" in a URL-decoded text: the '+' may be an encoded space.
        char[] w = window(t, c).toCharArray();
        w[0] = ' ';
        any = find(t, c, new String(w), out);
      }
      Candidate foreign = any ? null : foreignNational(t, c, digits);
      if (foreign != null) {
        out.add(foreign);
        any = true;
      }
      if (!any && digits <= 15 && c.size() <= 6) {
        out.add(Candidate.of(c.start(), c.end(), "phone_shape", Strength.INVALID, false,
            "libphonenumber_invalid"));
      }
    }
    for (Spaced sp : t.spaced()) {
      if (out.size() < 64 && ++lookups <= MAX_LOOKUPS) {
        out.add(spacedPhone(t, sp));
      }
    }
    return out;
  }

  private static Candidate spacedPhone(ScanText t, Spaced sp) {
    String digits = sp.compact();
    int p = sp.start() - 1;
    while (t.at(p) == ' ' || t.at(p) == '(') {
      p--;
    }
    boolean plus = t.at(p) == '+';
    int start = plus ? p : sp.start();
    if (digits.length() < 7 || digits.length() > 15 || !BankAccountRecognizer.allDigits(digits)) {
      return Candidate.of(start, sp.end(), "phone_spaced", Strength.REJECTED, false, "shape");
    }
    try {
      boolean valid = UTIL.isValidNumber(UTIL.parse(plus ? "+" + digits : digits,
          DEFAULT_REGION));
      if (!valid) {
        return Candidate.of(start, sp.end(), "phone_spaced", Strength.INVALID, false,
            "libphonenumber_invalid");
      }
      return Candidate.of(start, sp.end(), "phone_spaced",
          plus || sp.grouped() ? Strength.DISTINCTIVE : Strength.WEAK, true, "libphonenumber");
    } catch (NumberParseException e) {
      return Candidate.of(start, sp.end(), "phone_spaced", Strength.INVALID, false,
          "libphonenumber_invalid");
    }
  }

  /**
   * Regions whose national numbers start with a trunk prefix 0 (8 in Russia): a grouped number
   * starting so that is valid there may be a phone in its region's national form; without the
   * + form the region is a guess (an SSN 054-28-6917 is a valid Dutch number), so it needs context.
   */
  private static final List<String> TRUNK_REGIONS = List.of("GB", "DE", "FR", "IT", "NL",
      "JP", "KR", "CN", "IN", "TR", "VN", "BR", "AU", "ZA", "SA", "EG", "RU", "AR", "BE", "CH",
      "AT", "IE", "NZ", "PH", "TH", "ID", "MY", "NG", "PK", "BD", "UA");

  private static Candidate foreignNational(ScanText t, Chain c, int digits) {
    char first = t.at(c.tokens().get(0).start());
    if (c.size() < 2 || c.plus() || (first != '0' && first != '8') || digits < 8
        || digits > 13 || !c.uniform(0, 1)) {
      return null;
    }
    String national = t.compact(c.tokens().get(0).start(), c.end());
    for (String region : TRUNK_REGIONS) {
      try {
        if (UTIL.isValidNumberForRegion(UTIL.parse(national, region), region)) {
          return Candidate.of(c.start(), c.end(), "phone_national_" + region.toLowerCase(),
              Strength.WEAK, true, "libphonenumber", "region:" + region);
        }
      } catch (NumberParseException e) {
        return null;
      }
    }
    return null;
  }

  // A bare run of digits is not written as a phone (rule 1), so it needs context either way; a
  // label makes any 7-15 digit run sensitive (rule 3), so libphonenumber need not decide it.
  private static Candidate plain(ScanText t, Chain c, int digits) {
    if (digits > 15 || Shapes.embedded(t, c.start(), c.end())) {
      return Candidate.of(c.start(), c.end(), "phone_plain", Strength.REJECTED, false, "shape");
    }
    return Candidate.of(c.start(), c.end(), "phone_plain", Strength.WEAK, false, "shape");
  }

  // A U.S. national number without '+' is 10 digits (11 with a leading 1) whose area code and
  // exchange start with 2-9: only such chains are worth a libphonenumber call.
  private static boolean nanpShaped(ScanText t, Chain c, int digits) {
    for (Token k : c.tokens()) {
      if (!k.allDigits()) {
        return false;
      }
    }
    String d = t.compact(c.tokens().get(0).start(), c.end());
    if (d.length() == 11 && d.charAt(0) == '1') {
      d = d.substring(1);
    }
    return d.length() == 10 && d.charAt(0) >= '2' && d.charAt(3) >= '2';
  }

  private static boolean find(ScanText t, Chain c, String window, List<Candidate> out) {
    boolean any = false;
    for (PhoneNumberMatch m : UTIL.findNumbers(window, DEFAULT_REGION,
        PhoneNumberUtil.Leniency.VALID, 200)) {
      int start = c.start() + m.start();
      int end = c.start() + m.end();
      out.add(judge(t, c, start, end));
      any = true;
    }
    return any;
  }

  // The chain and one character after it, with '+' inside read as the space it encodes.
  private static String window(ScanText t, Chain c) {
    char[] w = t.text().substring(c.start(), Math.min(t.text().length(), c.end() + 1))
        .toCharArray();
    for (int i = 1; i < w.length; i++) {
      if (w[i] == '+') {
        w[i] = ' ';
      }
    }
    return new String(w);
  }

  private static Candidate judge(ScanText t, Chain c, int start, int end) {
    if (Shapes.embedded(t, start, end) || Shapes.masked(t, start, end)) {
      return Candidate.of(start, end, "phone_plain", Strength.REJECTED, false, "embedded");
    }
    boolean whole = start <= c.start() + 1 && end >= c.end() - 1;
    String raw = t.text().substring(start, end).replace('+', ' ').trim();
    if (t.at(start) == '+' || c.plus() && start <= c.start() + 1) {
      return Candidate.of(start, end, "phone_international",
          whole ? Strength.DISTINCTIVE : Strength.WEAK, true, "libphonenumber");
    }
    if (hasSeparator(raw) && whole && !raw.contains(".") || dotted(raw) && whole) {
      return Candidate.of(start, end, "phone_national", Strength.DISTINCTIVE, true,
          "libphonenumber");
    }
    return Candidate.of(start, end, "phone_plain", Strength.WEAK, true, "libphonenumber");
  }

  private static boolean hasSeparator(String raw) {
    return raw.indexOf(' ') > 0 || raw.indexOf('-') > 0 || raw.indexOf('(') >= 0;
  }

  // 212.555.0100: dots are a phone separator only in three groups 3-3-4.
  private static boolean dotted(String raw) {
    String[] parts = raw.split("\\.");
    return parts.length == 3 && parts[0].length() == 3 && parts[1].length() == 3
        && parts[2].length() == 4;
  }

  // Dates (2024-01-15 10), IP addresses and versions are not phones.
  private static boolean allDatesOrVersions(ScanText t, Chain c) {
    if (Shapes.dateAt(t, c, 0)) {
      return true;
    }
    if (c.size() == 4 && c.uniform(0, 4) && c.separators()[0] == '.') {
      for (Token k : c.tokens()) {
        if (k.length() > 3) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
