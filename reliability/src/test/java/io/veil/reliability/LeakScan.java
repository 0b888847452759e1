package io.veil.reliability;

import io.veil.loadtest.corpus.Planted;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * TEST ONLY: finds planted values in text that should hold none (logs, audit lines, metrics,
 * error bodies): as written, URL-encoded, and, for values made mostly of digits, as their digits
 * alone ({@code 536-22-1234} found as {@code 536221234}). Reports categories, never values.
 */
final class LeakScan {

  /** Shorter digit runs are too common in logs (ports, pids, timestamps) to call a leak. */
  private static final int MIN_DIGITS = 9;

  private LeakScan() {}

  /** The forms of one value that must never show. */
  static Set<String> forms(String value) {
    Set<String> forms = new LinkedHashSet<>();
    String v = value.toLowerCase(Locale.ROOT);
    forms.add(v);
    forms.add(URLEncoder.encode(v, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
    String digits = v.replaceAll("[^0-9]", "");
    if (digits.length() >= MIN_DIGITS) {
      forms.add(digits);
    }
    return forms;
  }

  /** Descriptions ({@code where: category}) of every planted value found in {@code text}. */
  static List<String> find(String where, String text, List<Planted> planted) {
    String haystack = text.toLowerCase(Locale.ROOT);
    List<String> found = new ArrayList<>();
    for (Planted p : planted) {
      for (String form : forms(p.value())) {
        if (haystack.contains(form)) {
          found.add(where + ": " + p.category());
          break;
        }
      }
    }
    return found;
  }
}
