package io.veil.detector.recognize;

/**
 * A value written one digit at a time.
 *
 * @param start offset of the first character
 * @param end offset just past the last character
 * @param compact the letters and digits, upper-cased, separators removed
 * @param grouped whether wider or different separators mark groups inside (3-3-4, 4-4-4-4), as in
 *     a number first written with separators and then spaced out
 */
public record Spaced(int start, int end, String compact, boolean grouped) {}
