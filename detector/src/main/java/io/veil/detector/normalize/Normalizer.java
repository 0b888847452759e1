package io.veil.detector.normalize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads through obfuscation. {@link #views} gives the clean view of the content (see
 * {@link Cleaner}: NFKC, invisible characters, digits of every script, HTML references, spaces)
 * and then each decoded layer that changes something: URL encoding, JSON string escapes, base64,
 * a second level of HTML references, composed breadth-first ({@code [url]}, then
 * {@code [url, base64]}...). Every character of every view maps back to the original content.
 *
 * <p>Bounded for any input: at most {@link #MAX_VIEWS} views, {@link #MAX_DEPTH} decodings deep,
 * all views together at most {@code 4 × length + 4096} characters; each step is linear in its
 * input and nothing recurses, so time and memory stay linear in the content's length. Plain
 * ASCII with nothing to decode costs a few scans and returns the content itself as the only view.
 */
public final class Normalizer {

  /** Views returned at most, the clean view included. */
  public static final int MAX_VIEWS = 8;
  /** Decodings composed at most on one view (e.g. {@code %252540} needs three). */
  public static final int MAX_DEPTH = 4;
  /** All views together hold at most this many characters per content character... */
  static final int SIZE_FACTOR = 4;
  /** ...plus this many, so that short contents may still expand (NFKC of ligatures). */
  static final int SIZE_CONSTANT = 4096;

  private static final Normalizer STANDARD = new Normalizer();

  private final List<Layer> layers = List.of(new UrlDecoding(), new JsonUnescaping(),
      new Base64Decoding(), new HtmlDecoding());

  private Normalizer() {}

  /** The normalizer with Veil's default limits. */
  public static Normalizer standard() {
    return STANDARD;
  }

  /**
   * The views of {@code content} worth scanning: the cleaned content first, then each decoded
   * layer. Total work and output size are bounded by limits on the content's length. Never
   * throws; a {@code null} content reads as empty.
   */
  public List<TextView> views(String content) {
    String text = content == null ? "" : content;
    long budgetLong = (long) SIZE_FACTOR * text.length() + SIZE_CONSTANT;
    int budget = (int) Math.min(Integer.MAX_VALUE - 16, budgetLong);
    MappedView original = MappedView.identity(text);
    MappedView clean = Cleaner.clean(original, budget, List.of());
    MappedView first = clean == null ? original : clean;
    List<TextView> views = new ArrayList<>(2);
    views.add(first);
    decodeLayers(first, budget - first.text().length(), views);
    return List.copyOf(views);
  }

  /** Breadth-first over decodings; each new view is cleaned and kept if its text is new. */
  private void decodeLayers(MappedView first, int budget, List<TextView> views) {
    Set<String> seen = null;
    int remaining = budget;
    for (int k = 0; k < views.size() && views.size() < MAX_VIEWS; k++) {
      MappedView view = (MappedView) views.get(k);
      if (view.transforms().size() >= MAX_DEPTH) {
        continue;
      }
      for (Layer layer : layers) {
        if (views.size() >= MAX_VIEWS || remaining <= 0) {
          return;
        }
        List<String> transforms = append(view.transforms(), layer.name());
        MappedView decoded = layer.apply(view, remaining, transforms);
        if (decoded == null) {
          continue;
        }
        MappedView cleaned = Cleaner.clean(decoded, remaining, transforms);
        if (cleaned != null) {
          decoded = cleaned;
        }
        if (seen == null) {
          seen = new HashSet<>();
          seen.add(first.text());
        }
        if (seen.add(decoded.text())) {
          views.add(decoded);
          remaining -= decoded.text().length();
        }
      }
    }
  }

  private static List<String> append(List<String> transforms, String name) {
    List<String> out = new ArrayList<>(transforms.size() + 1);
    out.addAll(transforms);
    out.add(name);
    return List.copyOf(out);
  }
}
