package io.veil.training.dataset;

/**
 * The validity rules the generator needs, delegated to the detector's validators so that values
 * that must be valid are computed by the same code that judges them.
 */
public final class Checks {

  private Checks() {}

  /** The Luhn check digit for a card payload (all digits but the last). */
  public static int luhnCheckDigit(String payload) {
    int sum = 0;
    boolean dbl = true;
    for (int i = payload.length() - 1; i >= 0; i--) {
      int d = payload.charAt(i) - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return (10 - sum % 10) % 10;
  }

  /** The ABA 3-7-1 check digit for the first eight digits. */
  public static int abaCheckDigit(String eight) {
    int[] w = {3, 7, 1, 3, 7, 1, 3, 7};
    int s = 0;
    for (int i = 0; i < 8; i++) {
      s += w[i] * (eight.charAt(i) - '0');
    }
    return (10 - s % 10) % 10;
  }

  /** Whether nine digits form an SSN that could have been issued. */
  public static boolean ssnValid(String nineDigits) {
    int area = Integer.parseInt(nineDigits.substring(0, 3));
    int group = Integer.parseInt(nineDigits.substring(3, 5));
    int serial = Integer.parseInt(nineDigits.substring(5));
    return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
        && !nineDigits.equals("078051120") && !nineDigits.equals("219099999")
        && !nineDigits.equals("457555462") && !nineDigits.equals("123456789");
  }

  /** Whether a digit string passes the Luhn check. */
  public static boolean luhnValid(String digits) {
    return digits.length() > 1 && luhnCheckDigit(digits.substring(0, digits.length() - 1))
        == digits.charAt(digits.length() - 1) - '0';
  }

  /** Whether nine digits form an ITIN (9XX with the middle group in the ITIN ranges). */
  public static boolean itinValid(String nineDigits) {
    if (nineDigits.charAt(0) != '9') {
      return false;
    }
    int g = Integer.parseInt(nineDigits.substring(3, 5));
    return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92)
        || (g >= 94 && g <= 99);
  }
}
