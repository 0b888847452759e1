package io.veil.training.eval;

import io.veil.protocol.Category;
import io.veil.protocol.Decision;
import io.veil.training.dataset.Example;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of running a labeled set through a backend: confusion counts per category, per
 * language and per kind, calibration bins, and the errors with their content masked.
 */
public final class Evaluation {

  /** How many false positives and false negatives a report lists, per category. */
  public static final int MAX_LISTED = 25;

  /** One wrong answer, content masked. */
  public record Error(Category category, String lang, String kind, String template,
      boolean label, double confidence, String masked) {}

  private final Counts overall = new Counts();
  private final Map<Category, Counts> byCategory = new EnumMap<>(Category.class);
  private final Map<String, Counts> byLang = new TreeMap<>();
  private final Map<String, Counts> byKind = new TreeMap<>();
  private final Map<String, Counts> byTemplate = new TreeMap<>();
  private final Reliability reliability = new Reliability();
  private final List<Error> errors = new ArrayList<>();
  private final Map<Category, int[]> listed = new EnumMap<>(Category.class);

  /** Records one example and the backend's decision. */
  public void add(Example e, Decision d) {
    overall.add(e.sensitive(), d.sensitive());
    byCategory.computeIfAbsent(e.category(), k -> new Counts()).add(e.sensitive(), d.sensitive());
    byLang.computeIfAbsent(e.lang(), k -> new Counts()).add(e.sensitive(), d.sensitive());
    byKind.computeIfAbsent(e.kind(), k -> new Counts()).add(e.sensitive(), d.sensitive());
    byTemplate.computeIfAbsent(e.template(), k -> new Counts()).add(e.sensitive(), d.sensitive());
    reliability.add(d.confidence(), e.sensitive());
    if (e.sensitive() != d.sensitive()) {
      int[] n = listed.computeIfAbsent(e.category(), k -> new int[2]);
      int slot = e.sensitive() ? 1 : 0;
      if (n[slot] < MAX_LISTED) {
        n[slot]++;
        errors.add(new Error(e.category(), e.lang(), e.kind(), e.template(), e.sensitive(),
            d.confidence(), Masking.mask(e.content())));
      }
    }
  }

  /** Counts over everything. */
  public Counts overall() {
    return overall;
  }

  /** Counts per category, in catalog order. */
  public Map<Category, Counts> byCategory() {
    return byCategory;
  }

  /** Counts per language, sorted by code. */
  public Map<String, Counts> byLang() {
    return byLang;
  }

  /** Counts per example kind, sorted by name. */
  public Map<String, Counts> byKind() {
    return byKind;
  }

  /** Counts per template id, sorted. */
  public Map<String, Counts> byTemplate() {
    return byTemplate;
  }

  /** Calibration bins. */
  public Reliability reliability() {
    return reliability;
  }

  /** Listed errors (at most {@link #MAX_LISTED} of each sort per category), masked. */
  public List<Error> errors() {
    return errors;
  }
}
