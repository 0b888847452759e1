package io.veil.training.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.detector.Detection;
import io.veil.detector.Detector;
import io.veil.protocol.Category;
import io.veil.protocol.Decision;
import io.veil.training.dataset.Example;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorTest {

  /** A detector that says "sensitive" whenever the content holds a digit. */
  private static final Detector DIGITS = (content, category, context) ->
      new Detection(category, content.matches(".*\\d.*") ? new Decision(true, 0.8)
          : new Decision(false, 0.1), List.of());

  private static Example ex(String content, boolean label, String lang) {
    return new Example(content, Category.PASSPORT, label, label ? 1 : 0, lang, "k", "t");
  }

  @Test
  void evaluation_countsPerCategoryAndLanguage_andListsMaskedErrors(@TempDir Path dir) throws Exception {
    List<Example> data = List.of(ex("passport X12345678", true, "en"),
        ex("passport photo", false, "en"), ex("order 99812", false, "de"),
        ex("pasaporte sin numero", true, "es"));
    Evaluation ev = Evaluator.run(new EmbeddedBackend(DIGITS), data);
    Counts p = ev.byCategory().get(Category.PASSPORT);
    assertThat(List.of(p.tp(), p.fp(), p.tn(), p.fn())).containsExactly(1L, 1L, 1L, 1L);
    assertThat(ev.byLang().get("de").fp()).isEqualTo(1);
    assertThat(ev.errors()).extracting(Evaluation.Error::masked)
        .containsExactlyInAnyOrder("xxxxx #####", "xxxxxxxxx xxx xxxxxx");
    Report.write(ev, "test", "mem", dir);
    assertThat(Files.readString(dir.resolve("report.md"))).contains("| passport | 0.5000 | 0.5000")
        .doesNotContain("99812");
    assertThat(Files.readString(dir.resolve("report.json"))).contains("\"false_positive\"")
        .doesNotContain("99812");
    byte[] png = Files.readAllBytes(dir.resolve("reliability.png"));
    assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
  }
}
