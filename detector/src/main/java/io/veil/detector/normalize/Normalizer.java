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
 * all views together at most {@code 4 × length + 4096} characters, and all builder buffers, kept
 * or not, at most {@code 12 × length + 4096} characters (see {@link Budget}); each step is linear
 * in its input and nothing recurses, so time and memory stay linear in the content's length. A
 * text with nothing to clean or decode costs one scan and is returned itself as the only view.
 * Thread-safe and stateless.
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
  /**
   * Builder capacity allocated for all views, kept or not, per content character (plus the
   * constant): the clean view's worst case (4) and room for the decoded layers.
   */
  static final int ALLOCATION_FACTOR = 12;

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
    long retained = (long) SIZE_FACTOR * text.length() + SIZE_CONSTANT;
    Budget budget = new Budget((int) Math.min(Integer.MAX_VALUE - 16, retained),
        (long) ALLOCATION_FACTOR * text.length() + SIZE_CONSTANT);
    MappedView original = MappedView.identity(text);
    int features = TextFeatures.of(text);
    MappedView first = original;
    if ((features & TextFeatures.CLEANABLE) != 0) {
      MappedView clean = Cleaner.clean(original, budget, List.of());
      if (clean != null) {
        first = clean;
        features = TextFeatures.of(clean.text());
      }
    }
    if ((features & ~TextFeatures.CLEANABLE) == 0) {
      return List.of(first);
    }
    budget.keep(first.text().length());
    List<TextView> views = new ArrayList<>(2);
    views.add(first);
    decodeLayers(features, budget, views);
    return views.size() == 1 ? List.of(first) : List.copyOf(views);
  }

  /** Breadth-first over decodings; each new view is cleaned and kept if its text is new. */
  private void decodeLayers(int firstFeatures, Budget budget, List<TextView> views) {
    Set<String> seen = null;
    for (int k = 0; k < views.size() && views.size() < MAX_VIEWS; k++) {
      MappedView view = (MappedView) views.get(k);
      if (view.transforms().size() >= MAX_DEPTH) {
        continue;
      }
      int features = k == 0 ? firstFeatures : TextFeatures.of(view.text());
      for (Layer layer : layers) {
        if (views.size() >= MAX_VIEWS || budget.exhausted()) {
          return;
        }
        if (!layer.mayApply(features)) {
          continue;
        }
        MappedView decoded = decode(layer, view, budget);
        if (decoded == null) {
          continue;
        }
        if (seen == null) {
          seen = new HashSet<>();
          seen.add(views.get(0).text());
        }
        if (seen.add(decoded.text())) {
          views.add(decoded);
          budget.keep(decoded.text().length());
        }
      }
    }
  }

  /** {@code layer} applied to {@code view} and cleaned, or null if that changes nothing. */
  private static MappedView decode(Layer layer, MappedView view, Budget budget) {
    List<String> transforms = view.transforms().isEmpty() ? layer.asTransforms()
        : append(view.transforms(), layer.name());
    MappedView decoded = layer.apply(view, budget, transforms);
    if (decoded == null) {
      return null;
    }
    MappedView cleaned = Cleaner.clean(decoded, budget, transforms);
    if (cleaned != null) {
      decoded = cleaned;
    }
    // Cleaning keeps at least its input's length; a view past the budget is not kept.
    return decoded.text().length() > budget.maxOutput() ? null : decoded;
  }

  private static List<String> append(List<String> transforms, String name) {
    List<String> out = new ArrayList<>(transforms.size() + 1);
    out.addAll(transforms);
    out.add(name);
    return List.copyOf(out);
  }
}
