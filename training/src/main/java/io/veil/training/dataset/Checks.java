package io.veil.training.dataset;

import io.veil.detector.validate.AbaRouting;
import io.veil.detector.validate.Itin;
import io.veil.detector.validate.Luhn;
import io.veil.detector.validate.Ssn;

/**
 * The validity rules the generator and the converters need, delegated to the detector's
 * validators so that values that must be valid are computed by the same code that judges them.
 */
public final class Checks {

  private Checks() {}

  /** The Luhn check digit for a card payload (all digits but the last). */
  public static int luhnCheckDigit(String payload) {
    return Luhn.checkDigit(payload);
  }

  /** Whether a digit string passes the Luhn check. */
  public static boolean luhnValid(String digits) {
    return Luhn.isValid(digits);
  }

  /** The ABA 3-7-1 check digit for the first eight digits. */
  public static int abaCheckDigit(String eight) {
    return AbaRouting.checkDigit(eight);
  }

  /** Whether nine digits form an SSN that could have been issued. */
  public static boolean ssnValid(String nineDigits) {
    return Ssn.isValid(nineDigits);
  }

  /** Whether nine digits form an ITIN (9XX with the middle group in the ITIN ranges). */
  public static boolean itinValid(String nineDigits) {
    return Itin.isValid(nineDigits);
  }
}
