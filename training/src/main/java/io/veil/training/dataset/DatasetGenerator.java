package io.veil.training.dataset;

import io.veil.protocol.Category;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates labeled examples under {@code shared/labeling-policy.md}. Deterministic for a seed:
 * one {@link SplittableRandom} per split, derived from the seed, and no hash-order iteration.
 * Categories rotate so every split is balanced across the catalog; each example is sensitive with
 * probability one half.
 */
public final class DatasetGenerator {

  private static final List<Category> CATEGORIES = Category.all();
  /** English gets a larger share: most pipeline traffic here is English. */
  private static final int ENGLISH_PERCENT = 25;

  private DatasetGenerator() {}

  /** The three splits for {@code size} examples in all: 80% train, 10% val, 10% test. */
  public static Map<Split, List<Example>> generate(long seed, int size) {
    if (size < 30) {
      throw new IllegalArgumentException("size must be at least 30");
    }
    int test = size / 10;
    int val = size / 10;
    Map<Split, List<Example>> out = new EnumMap<>(Split.class);
    out.put(Split.TRAIN, split(seed, Split.TRAIN, size - test - val));
    out.put(Split.VAL, split(seed, Split.VAL, val));
    out.put(Split.TEST, split(seed, Split.TEST, test));
    return out;
  }

  /** Writes {@code train.jsonl}, {@code val.jsonl} and {@code test.jsonl} into {@code dir}. */
  public static Map<Split, List<Example>> write(long seed, int size, Path dir) throws IOException {
    Map<Split, List<Example>> splits = generate(seed, size);
    for (Map.Entry<Split, List<Example>> e : splits.entrySet()) {
      Jsonl.write(dir.resolve(e.getKey().fileName()), e.getValue());
    }
    return splits;
  }

  /** {@code n} examples of one split. */
  public static List<Example> split(long seed, Split split, int n) {
    // A distinct stream per split, so that changing one split's size leaves the others alone.
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + split.ordinal() + 1);
    List<Example> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(one(r, CATEGORIES.get(i % CATEGORIES.size()), split));
    }
    return out;
  }

  private static Example one(SplittableRandom r, Category c, Split split) {
    Lang lang = r.nextInt(100) < ENGLISH_PERCENT ? Lang.ALL.get(0) : Values.pick(r, Lang.ALL);
    int carrier = Values.pick(r, split.carriers);
    boolean url = Carriers.isUrl(carrier);
    boolean sensitive = r.nextBoolean();
    String kind;
    Payload p;
    double confidence;
    if (sensitive) {
      Positives.Built b = Positives.build(r, c, lang, split, url);
      kind = b.kind();
      p = b.payload();
      confidence = b.confidence();
    } else {
      Negatives.Built b = Negatives.build(r, c, lang, split, url);
      kind = b.kind();
      p = b.payload();
      confidence = 0.0;
    }
    String content = Carriers.render(carrier, r, p, lang.code());
    String template = String.format("c%02d/%s%d", carrier,
        Carriers.usesText(carrier) ? "text" : "kv", split.frame);
    return new Example(content, c, sensitive, confidence, lang.code(), kind, template);
  }
}
