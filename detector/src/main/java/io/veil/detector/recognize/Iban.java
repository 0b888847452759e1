package io.veil.detector.recognize;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.math.BigInteger;
import java.util.List;

/**
 * International Bank Account Numbers ({@code iban}): a country code, two check digits and up to
 * 30 letters and digits, plain or in groups of four, accepted when the ISO 13616 mod-97 check
 * passes. An IBAN is an account number, so it still takes the account's label to count.
 */
final class Iban {

  private static final Pattern IBAN = Pattern.compile(
      "\\b[A-Z]{2}[0-9]{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?)\\b");

  private Iban() {}

  static void find(ScanText t, List<Candidate> out) {
    Matcher m = IBAN.matcher(t.text());
    while (m.find() && out.size() < 64) {
      String v = m.group().replace(" ", "");
      if (v.length() >= 15 && v.length() <= 34 && valid(v)) {
        out.add(Candidate.of(m.start(), m.end(), "iban", Strength.WEAK, true, "iban_mod97"));
      }
    }
  }

  /** Whether {@code v} (no spaces) passes the IBAN mod-97 check. */
  static boolean valid(String v) {
    String r = v.substring(4) + v.substring(0, 4);
    StringBuilder n = new StringBuilder(r.length() * 2);
    for (int i = 0; i < r.length(); i++) {
      char c = r.charAt(i);
      n.append(c >= 'A' && c <= 'Z' ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
    }
    return new BigInteger(n.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }
}
