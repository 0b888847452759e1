package io.veil.training.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.protocol.Category;
import io.veil.training.dataset.DatasetGenerator;
import io.veil.training.dataset.Example;
import io.veil.training.dataset.Split;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The regression gate: the embedded detector, on a generated test split (templates it was never
 * tuned on), stays at or above 99% precision and 99% recall for every category.
 */
class DetectorAccuracyGateTest {

  static final long SEED = 20261204L;
  /** 200 examples per category: enough to see a 1% miss rate, small enough for a quick build. */
  static final int SIZE = 200 * 9;
  static final double BAR = 0.99;

  @Test
  void embeddedDetector_meetsTheBarForEveryCategory() throws Exception {
    List<Example> test = DatasetGenerator.split(SEED, Split.TEST, SIZE);
    Evaluation ev = Evaluator.run(new EmbeddedBackend(), test);
    String summary = summary(ev);
    for (Category c : Category.all()) {
      Counts n = ev.byCategory().get(c);
      assertThat(n.precision()).as("precision of %s%n%s", c, summary).isGreaterThanOrEqualTo(BAR);
      assertThat(n.recall()).as("recall of %s%n%s", c, summary).isGreaterThanOrEqualTo(BAR);
    }
  }

  /** Per-category figures and the kinds with most errors: names and counts, never content. */
  static String summary(Evaluation ev) {
    StringBuilder b = new StringBuilder();
    ev.byCategory().forEach((c, n) -> b.append(String.format(Locale.ROOT,
        "%-16s P=%.4f R=%.4f fp=%d fn=%d%n", c, n.precision(), n.recall(), n.fp(), n.fn())));
    Map<String, Long> worst = ev.errors().stream().collect(Collectors.groupingBy(
        e -> (e.label() ? "FN " : "FP ") + e.category() + " " + e.kind(), Collectors.counting()));
    worst.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).limit(25)
        .forEach(e -> b.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
    return b.toString();
  }
}
