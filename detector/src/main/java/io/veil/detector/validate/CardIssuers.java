package io.veil.detector.validate;

import java.util.Optional;

/**
 * Payment card issuer identification: the brand whose prefix and length rules a digit string
 * meets (ISO/IEC 7812 IIN ranges, Mastercard 2-series since 2016).
 */
public final class CardIssuers {

  private CardIssuers() {}

  /** The brand for a 12–19 digit string, or empty when no known prefix and length fits. */
  public static Optional<String> brand(CharSequence digits) {
    if (!Digits.allDigits(digits) || digits.length() < 12 || digits.length() > 19) {
      return Optional.empty();
    }
    int n = digits.length();
    int p1 = digits.charAt(0) - '0';
    int p2 = Digits.value(digits, 0, 2);
    int p3 = Digits.value(digits, 0, 3);
    int p4 = Digits.value(digits, 0, 4);
    int p6 = Digits.value(digits, 0, 6);
    if (p1 == 4 && (n == 13 || n == 16 || n == 19)) {
      return Optional.of("visa");
    }
    if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n == 16) {
      return Optional.of("mastercard");
    }
    if ((p2 == 34 || p2 == 37) && n == 15) {
      return Optional.of("amex");
    }
    if ((p4 == 6011 || (p6 >= 622126 && p6 <= 622925) || (p3 >= 644 && p3 <= 649) || p2 == 65)
        && n >= 16) {
      return Optional.of("discover");
    }
    if (p4 >= 3528 && p4 <= 3589 && n >= 16) {
      return Optional.of("jcb");
    }
    if (((p3 >= 300 && p3 <= 305) || p3 == 309 || p2 == 36 || p2 == 38 || p2 == 39) && n >= 14) {
      return Optional.of("diners");
    }
    if (p2 == 62 && n >= 16) {
      return Optional.of("unionpay");
    }
    if ((p2 == 50 || (p2 >= 56 && p2 <= 69)) && n >= 12) {
      return Optional.of("maestro");
    }
    return Optional.empty();
  }
}
