package io.veil.gateway.fuzz;

import io.veil.detector.Detector;
import io.veil.detector.EmbeddedDetector;
import io.veil.detector.validate.Luhn;
import io.veil.detector.validate.Ssn;
import io.veil.protocol.Category;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Valid sensitive values made from fuzz input with the detector's own validators, kept only when
 * the detector calls them sensitive on their own under their usual field name, so that a value
 * coming back from a fuzzed event is the walker's or redactor's fault and never a close call.
 */
final class PlantedValues {

  /**
   * One planted value.
   *
   * @param category what it is
   * @param key the field name it is planted under (its natural context)
   * @param value the value as planted
   */
  record Planted(Category category, String key, String value) {}

  private static final Detector DETECTOR = EmbeddedDetector.create();
  private static final List<Planted> FALLBACKS = List.of(
      new Planted(Category.EMAIL, "email", "maria.garcia@gmail.com"),
      new Planted(Category.SSN, "ssn", "536-22-1234"),
      new Planted(Category.CREDIT_CARD, "card_number", "4111 1111 1111 1111"),
      new Planted(Category.PHONE, "phone", "+1 415-555-2671"));

  private PlantedValues() {}

  /** A value of kind {@code kind % 4} shaped by {@code seed}; a fixed one if the seed's is not. */
  static Planted make(int kind, long seed) {
    int k = Math.floorMod(kind, FALLBACKS.size());
    Planted fallback = FALLBACKS.get(k);
    Planted p = switch (k) {
      case 0 -> new Planted(Category.EMAIL, "email", email(seed));
      case 1 -> new Planted(Category.SSN, "ssn", ssn(seed));
      case 2 -> new Planted(Category.CREDIT_CARD, "card_number", card(seed));
      default -> fallback;
    };
    return p.value() == null || !sensitive(p, p.value()) ? fallback : p;
  }

  /** Whether the detector calls {@code form} of {@code p} sensitive under its field name. */
  static boolean sensitive(Planted p, String form) {
    return DETECTOR.detect(form, p.category(), p.key()).decision().sensitive();
  }

  private static String email(long seed) {
    StringBuilder local = new StringBuilder();
    long s = Math.abs(seed % 1_000_000_000_000L);
    do {
      local.append((char) ('a' + s % 26));
      s /= 26;
    } while (s > 0 && local.length() < 12);
    return local.append(".x@example.org").toString();
  }

  private static String ssn(long seed) {
    String nine = String.format(Locale.ROOT, "%09d", Math.floorMod(seed, 1_000_000_000L));
    return Ssn.isValid(nine)
        ? nine.substring(0, 3) + "-" + nine.substring(3, 5) + "-" + nine.substring(5) : null;
  }

  private static String card(long seed) {
    String payload = "4" + String.format(Locale.ROOT, "%014d", Math.floorMod(seed, 100_000_000_000_000L));
    String digits = payload + Luhn.checkDigit(payload);
    return Luhn.isValid(digits) ? digits.replaceAll("(\\d{4})(?=\\d)", "$1 ") : null;
  }

  /**
   * How many times {@code value} shows in {@code text} in any of the forms {@link #appearsIn}
   * looks for (as written, URL-encoded, digits run together), ignoring case.
   */
  static int occurrences(String text, String value) {
    String lower = text.toLowerCase(Locale.ROOT);
    String v = value.toLowerCase(Locale.ROOT);
    int n = count(lower, v);
    String encoded = URLEncoder.encode(v, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    if (!encoded.equals(v)) {
      n += count(lower, encoded);
    }
    String compact = v.replace(" ", "");
    if (!compact.equals(v) && compact.length() >= 13) {
      n += count(lower, compact);
    }
    return n;
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }

  /** Whether {@code value} shows in {@code text} as written or URL-encoded, ignoring case. */
  static boolean appearsIn(String text, String value) {
    String lower = text.toLowerCase(Locale.ROOT);
    String v = value.toLowerCase(Locale.ROOT);
    return lower.contains(v)
        || lower.contains(URLEncoder.encode(v, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT))
        || lower.contains(v.replace(" ", "")) && v.replace(" ", "").length() >= 13;
  }
}
