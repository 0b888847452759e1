package io.veil.detector.validate;

/** The Luhn (mod 10) check used by payment card numbers (ISO/IEC 7812). */
public final class Luhn {

  private Luhn() {}

  /** Whether a digit string, check digit last, passes the Luhn check. */
  public static boolean isValid(CharSequence digits) {
    if (!Digits.allDigits(digits) || digits.length() < 2) {
      return false;
    }
    return sum(digits, digits.length(), false) % 10 == 0;
  }

  /** The check digit to append to {@code payload} so that the whole passes the Luhn check. */
  public static int checkDigit(CharSequence payload) {
    if (!Digits.allDigits(payload)) {
      throw new IllegalArgumentException("payload must be ASCII digits");
    }
    return (10 - sum(payload, payload.length(), true) % 10) % 10;
  }

  // Doubles every second digit from the right; when a check digit is still to come, the
  // rightmost payload digit is the first one doubled.
  private static int sum(CharSequence s, int len, boolean checkDigitPending) {
    int sum = 0;
    boolean doubleIt = checkDigitPending;
    for (int i = len - 1; i >= 0; i--) {
      int d = s.charAt(i) - '0';
      if (doubleIt) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubleIt = !doubleIt;
    }
    return sum;
  }
}
