package io.veil.detector.triage;

import io.veil.detector.context.ContextFinder;
import io.veil.detector.context.KeyContext;
import io.veil.detector.context.KeywordIndex;
import io.veil.detector.context.Vocabulary;
import io.veil.detector.normalize.Normalizer;
import io.veil.detector.normalize.TextView;
import io.veil.detector.recognize.Candidate;
import io.veil.detector.recognize.Recognizer;
import io.veil.detector.recognize.Recognizers;
import io.veil.detector.recognize.ScanText;
import io.veil.detector.recognize.Strength;
import io.veil.protocol.Category;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cheap first pass the gateway runs on every field, built from the recognizers' parts: each
 * category's digit floor, the {@code @} of an email, a keyword trie over the context words of
 * the categories that always need context, and the recognizers' candidate shapes (without the
 * context reading and scoring). It flags every (content, category) pair that the
 * detector could call sensitive, and skips the rest. Plain ASCII content with nothing encoded is
 * read as is; anything else is read through the normalizer's views, as the detector reads it.
 */
public final class Triage {

  private final Map<Category, Recognizer> recognizers = Recognizers.all();
  private final KeywordIndex keywords;
  private final ContextFinder keys;

  /** A triage over the built-in recognizers. */
  public Triage() {
    this.keys = new ContextFinder(new Vocabulary(Recognizers.contextWords()));
    this.keywords = KeywordIndex.of(Recognizers.contextWords());
  }

  /** Categories worth asking the detector about for this content under this key or path. */
  public Set<Category> flag(String content, String context) {
    EnumSet<Category> out = EnumSet.noneOf(Category.class);
    if (content == null || content.isEmpty()) {
      return out;
    }
    try {
      KeyContext key = keys.key(context);
      for (TextView view : views(content)) {
        flagView(view.text(), key, out);
        if (out.size() == recognizers.size()) {
          break;
        }
      }
    } catch (RuntimeException | StackOverflowError e) {
      return EnumSet.allOf(Category.class);
    }
    return out;
  }

  private void flagView(String text, KeyContext key, EnumSet<Category> out) {
    int digits = 0;
    boolean at = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '@' || c == '[' || c == '(' || c == '{' || c == '<') {
        at = true;
      }
    }
    Set<Category> named = null;
    ScanText scan = null;
    for (Map.Entry<Category, Recognizer> e : recognizers.entrySet()) {
      Category c = e.getKey();
      Recognizer r = e.getValue();
      if (out.contains(c)) {
        continue;
      }
      if (c == Category.EMAIL ? !at : digits < Math.max(1, r.minDigits())) {
        continue;
      }
      if (r.alwaysNeedsContext() && !key.categories().contains(c)) {
        if (named == null) {
          named = keywords.categoriesIn(text);
        }
        if (!named.contains(c)) {
          continue;
        }
      }
      if (scan == null) {
        scan = new ScanText(text);
      }
      if (hasCandidate(r, scan)) {
        out.add(c);
      }
    }
  }

  // Only a candidate that is not rejected outright (masked, a slug, another category's value) can
  // be sensitive; its shape is checked here, its context by the detector.
  private static boolean hasCandidate(Recognizer r, ScanText scan) {
    for (Candidate k : r.candidates(scan)) {
      if (k.strength() != Strength.REJECTED) {
        return true;
      }
    }
    return false;
  }

  // The detector reads through encodings, so the pre-check reads the same views, unless the
  // content is plain ASCII with nothing any decoder would touch.
  private static List<TextView> views(String content) {
    return plain(content) ? List.of(new PlainView(content)) : Normalizer.standard().views(content);
  }

  /**
   * Whether no decoding layer can change {@code s}: ASCII without {@code % & \\ +}, and no run of
   * 8 or more base64 characters holding an upper-case letter or a digit. A base64 text that
   * decodes to digits or an {@code @} always holds one of those (a decoded digit or {@code @} in
   * the first byte of a triple encodes as M, N, O, P or Q), so lower-case words are safe.
   */
  static boolean plain(String s) {
    int run = 0;
    boolean strong = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || c == '%' || c == '&' || c == '\\' || c == '+') {
        return false;
      }
      boolean upperOrDigit = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      boolean b64 = upperOrDigit || (c >= 'a' && c <= 'z') || c == '/' || c == '=' || c == '_'
          || c == '-';
      run = b64 ? run + 1 : 0;
      strong = b64 && (strong || upperOrDigit);
      if (run >= 8 && strong) {
        return false;
      }
    }
    return true;
  }

  private record PlainView(String text) implements TextView {
    @Override
    public int toOriginalStart(int viewIndex) {
      return viewIndex;
    }

    @Override
    public int toOriginalEnd(int viewEndExclusive) {
      return viewEndExclusive;
    }

    @Override
    public List<String> transforms() {
      return List.of();
    }
  }
}
