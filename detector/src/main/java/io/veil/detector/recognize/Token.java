package io.veil.detector.recognize;

/**
 * A maximal run of ASCII letters and digits holding at least one digit: the unit every value is
 * made of.
 *
 * @param start offset of the first character
 * @param end offset just past the last character
 * @param digits how many of its characters are digits
 */
public record Token(int start, int end, int digits) {

  /** Characters in the token. */
  public int length() {
    return end - start;
  }

  /** Whether the token is only digits. */
  public boolean allDigits() {
    return digits == end - start;
  }
}
