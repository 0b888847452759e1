package io.veil.detector.validate;

/**
 * ABA routing transit numbers: 9 digits XXXXYYYYC whose first two digits name a Federal Reserve
 * district range (00, 01–12, 21–32, 61–72, 80) and whose digits weighted 3-7-1 sum to a multiple
 * of 10.
 */
public final class AbaRouting {

  private static final int[] WEIGHTS = {3, 7, 1, 3, 7, 1, 3, 7, 1};

  private AbaRouting() {}

  /** Whether the 9 digits have a valid prefix and check digit. */
  public static boolean isValid(CharSequence nineDigits) {
    return Digits.digits(nineDigits, 9) && validPrefix(nineDigits)
        && weightedSum(nineDigits, 9) % 10 == 0;
  }

  /** Whether only the 3-7-1 checksum holds (prefix not checked). */
  public static boolean checksumValid(CharSequence nineDigits) {
    return Digits.digits(nineDigits, 9) && weightedSum(nineDigits, 9) % 10 == 0;
  }

  /** Whether the first two digits are a routing symbol range in use. */
  public static boolean validPrefix(CharSequence digits) {
    if (digits == null || digits.length() < 2 || !Digits.allDigits(digits.subSequence(0, 2))) {
      return false;
    }
    int p = Digits.value(digits, 0, 2);
    return p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p == 80;
  }

  /** The ninth digit that makes {@code eightDigits} a valid routing number. */
  public static int checkDigit(CharSequence eightDigits) {
    if (!Digits.digits(eightDigits, 8)) {
      throw new IllegalArgumentException("need exactly 8 ASCII digits");
    }
    return (10 - weightedSum(eightDigits, 8) % 10) % 10;
  }

  private static int weightedSum(CharSequence s, int n) {
    int sum = 0;
    for (int i = 0; i < n; i++) {
      sum += WEIGHTS[i] * (s.charAt(i) - '0');
    }
    return sum;
  }
}
