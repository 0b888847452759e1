package io.veil.detector.validate;

import java.util.Set;

/**
 * Social Security number ranges: area 001–899 except 666, group 01–99, serial 0001–9999, and not
 * one of the widely published advertising or known-invalid numbers.
 */
public final class Ssn {

  /** Numbers published on sample cards and in advertising; never a person's SSN. */
  private static final Set<String> KNOWN_INVALID = Set.of("078051120", "219099999", "457555462",
      "002281852", "042103580", "062360749", "095073645", "128036045", "135016629", "141186941",
      "165167999", "165187999", "165207999", "165227999", "165247999", "189092294", "212097694",
      "212099999", "306302348", "308125070", "468288779", "549241889", "123123123");

  private Ssn() {}

  /** Whether 9 digits are in the ranges the SSA issues. */
  public static boolean isValid(CharSequence nineDigits) {
    if (!Digits.digits(nineDigits, 9)) {
      return false;
    }
    int area = Digits.value(nineDigits, 0, 3);
    int group = Digits.value(nineDigits, 3, 5);
    int serial = Digits.value(nineDigits, 5, 9);
    if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) {
      return false;
    }
    return !repeated(nineDigits) && !KNOWN_INVALID.contains(nineDigits.toString());
  }

  private static boolean repeated(CharSequence s) {
    for (int i = 1; i < s.length(); i++) {
      if (s.charAt(i) != s.charAt(0)) {
        return false;
      }
    }
    return true;
  }
}
