package io.veil.training.dataset;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The ways a value hides in content that the policy says are read through: each a kind name and a
 * transformation of the value's text.
 */
enum Obfuscation {
  URL_ENCODED("obf_url_encoded"),
  NESTED_JSON("obf_nested_json"),
  BASE64("obf_base64"),
  ZERO_WIDTH("obf_zero_width"),
  FULL_WIDTH("obf_full_width"),
  SPACED_DIGITS("obf_spaced_digits"),
  HTML_ENTITIES("obf_html_entities");

  private static final char[] INVISIBLE = {'\u200B', '\u200C', '\u2060', '\uFEFF'};

  final String kind;

  Obfuscation(String kind) {
    this.kind = kind;
  }

  /** The obfuscations that make sense for a value (spacing needs digits). */
  static List<Obfuscation> applicable(String value) {
    return value.chars().filter(Character::isDigit).count() >= 6 ? List.of(values())
        : List.of(URL_ENCODED, NESTED_JSON, BASE64, ZERO_WIDTH, FULL_WIDTH, HTML_ENTITIES);
  }

  static String urlEncode(SplittableRandom r, String v) {
    boolean reserved = v.chars().anyMatch(c -> c == '@' || c == '+' || c == ' ' || c > 127);
    if (reserved && r.nextBoolean()) {
      return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }
    StringBuilder b = new StringBuilder();
    for (byte x : v.getBytes(StandardCharsets.UTF_8)) {
      b.append('%').append(String.format("%02X", x & 0xff));
    }
    return b.toString();
  }

  static String base64(String v) {
    return Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8));
  }

  static String zeroWidth(SplittableRandom r, String v) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < v.length(); i++) {
      b.append(v.charAt(i));
      if (i < v.length() - 1 && (i % 3 == 1 || r.nextInt(3) == 0)) {
        b.append(INVISIBLE[r.nextInt(INVISIBLE.length)]);
      }
    }
    return b.toString();
  }

  static String fullWidth(String v) {
    StringBuilder b = new StringBuilder();
    for (char c : v.toCharArray()) {
      // The full-width block mirrors ASCII 0x21..0x7E at 0xFF01..0xFF5E.
      b.append(c > 0x20 && c < 0x7F ? (char) (c - 0x21 + 0xFF01) : c);
    }
    return b.toString();
  }

  /**
   * Puts a space or a dot between adjacent digits and keeps every other character, so a value's
   * written form (the dashes of {@code ddd-dd-dddd}, a phone's parentheses) survives; a value that
   * already uses spaces gets dots, so its groups stay readable.
   */
  static String spacedDigits(SplittableRandom r, String v) {
    char sep = v.indexOf(' ') >= 0 || r.nextInt(3) == 0 ? '.' : ' ';
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      b.append(c);
      if (Character.isDigit(c) && i + 1 < v.length() && Character.isDigit(v.charAt(i + 1))) {
        b.append(sep);
      }
    }
    return b.toString();
  }

  static String htmlEntities(SplittableRandom r, String v) {
    StringBuilder b = new StringBuilder();
    boolean any = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      boolean enc = c == '@' || c == '-' || (Character.isLetterOrDigit(c) && r.nextInt(3) == 0)
          || (!any && i == v.length() - 1);
      if (enc) {
        b.append(r.nextBoolean() ? "&#" + (int) c + ";" : "&#x" + Integer.toHexString(c) + ";");
        any = true;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
