package io.veil.detector.context;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.veil.protocol.Category;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Context from a sibling form or URL parameter: in {@code doc_type=passport&doc_number=N04829173}
 * the value's own parameter is a bare "number" and its sibling {@code doc_type} names its kind.
 */
final class SiblingType {

  /** How far either side of the value a sibling parameter may be, in characters. */
  private static final int WINDOW = 160;
  /** A parameter or key ending in "type" or "kind", and its value. */
  private static final Pattern TYPE_PARAM = Pattern.compile(
      "(?i)(?:^|[?&;,{\\s\"'])[a-z_]*(?:type|kind)[\"']?\\s*[=:]\\s*[\"']?([\\p{L}_ -]{2,40})");
  /** Last parts of a parameter name that say only "the number", not what number. */
  private static final Set<String> NUMBER_PARAMS = Set.of("number", "no", "num", "nr", "nbr",
      "id", "value", "val", "numero", "nummer");

  private SiblingType() {}

  /** The label a sibling type parameter gives the value at {@code start}; null if none. */
  static ContextHit label(Vocabulary vocabulary, String text, int start, Category category) {
    int sep = start - 1;
    while (sep >= 0 && (text.charAt(sep) == '"' || text.charAt(sep) == ' ')) {
      sep--;
    }
    if (sep < 0 || (text.charAt(sep) != '=' && text.charAt(sep) != ':')
        || !numberParam(text, sep)) {
      return null;
    }
    int from = Math.max(0, start - WINDOW);
    Matcher m = TYPE_PARAM.matcher(text.substring(from, Math.min(text.length(), start + WINDOW)));
    while (m.find()) {
      String v = m.group(1);
      List<Word> words = Words.split(v, 0, v.length());
      if (!words.isEmpty()) {
        // the whole value names the kind: "passport", not "passport photo"
        Vocabulary.Match hit = vocabulary.endingAt(words, words.size() - 1);
        if (hit != null && hit.firstWord() == 0 && hit.categories().contains(category)) {
          return new ContextHit(ContextLevel.KEY, hit.name());
        }
      }
    }
    return null;
  }

  // The value's own parameter is a bare "number" (doc_number, document_no, id), no other label.
  private static boolean numberParam(String text, int sep) {
    int i = sep;
    while (i > 0 && (text.charAt(i - 1) == '"' || text.charAt(i - 1) == '\''
        || text.charAt(i - 1) == ' ')) {
      i--;
    }
    int end = i;
    while (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_'
        || text.charAt(i - 1) == '-')) {
      i--;
    }
    String[] parts = text.substring(i, end).toLowerCase(Locale.ROOT).split("[_-]");
    for (int k = 0; k < parts.length - 1; k++) {
      if (Lexicon.BLOCKERS.contains(parts[k]) && !parts[k].startsWith("doc")) {
        return false; // order_id, tracking_no: the parameter names its own kind
      }
    }
    return parts.length > 0 && NUMBER_PARAMS.contains(parts[parts.length - 1]);
  }
}
