package io.veil.detector.validate;

/**
 * Individual Taxpayer Identification Numbers: 9 digits starting with 9 whose middle group (digits
 * 4–5) is in 50–65, 70–88, 90–92 or 94–99. 93 is an ATIN and other groups are IRSNs or unused.
 */
public final class Itin {

  private Itin() {}

  /** Whether 9 digits are an ITIN. */
  public static boolean isValid(CharSequence nineDigits) {
    if (!Digits.digits(nineDigits, 9) || nineDigits.charAt(0) != '9') {
      return false;
    }
    return validGroup(Digits.value(nineDigits, 3, 5));
  }

  /** Whether a middle group is one the IRS assigns to ITINs. */
  public static boolean validGroup(int group) {
    return (group >= 50 && group <= 65) || (group >= 70 && group <= 88)
        || (group >= 90 && group <= 92) || (group >= 94 && group <= 99);
  }
}
