package io.veil.training.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.protocol.Category;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetGeneratorTest {

  private static final Map<Split, List<Example>> SPLITS = DatasetGenerator.generate(42, 9000);

  @Test
  void sameSeed_writesIdenticalFiles_otherSeedDiffers(@TempDir Path dir) throws Exception {
    DatasetGenerator.write(5, 600, dir.resolve("a"));
    DatasetGenerator.write(5, 600, dir.resolve("b"));
    DatasetGenerator.write(6, 600, dir.resolve("c"));
    for (Split s : Split.values()) {
      byte[] a = java.nio.file.Files.readAllBytes(dir.resolve("a").resolve(s.fileName()));
      assertThat(a).isEqualTo(java.nio.file.Files.readAllBytes(dir.resolve("b").resolve(s.fileName())));
      assertThat(a).isNotEqualTo(java.nio.file.Files.readAllBytes(dir.resolve("c").resolve(s.fileName())));
    }
  }

  @Test
  void filesRoundTrip_throughJsonl(@TempDir Path dir) throws Exception {
    Map<Split, List<Example>> w = DatasetGenerator.write(9, 300, dir);
    assertThat(Jsonl.read(dir.resolve("test.jsonl"))).isEqualTo(w.get(Split.TEST));
  }

  @Test
  void everySplit_coversEveryCategoryBothLabels_andAll16Languages() {
    for (List<Example> ex : SPLITS.values()) {
      for (Category c : Category.all()) {
        assertThat(ex).anyMatch(e -> e.category() == c && e.sensitive());
        assertThat(ex).anyMatch(e -> e.category() == c && !e.sensitive());
      }
      assertThat(ex.stream().map(Example::lang).collect(Collectors.toSet())).hasSize(16);
    }
  }

  @Test
  void atLeast40PercentOfNegativesAreHard_andAtLeast30PercentOfPositivesObfuscated() {
    for (List<Example> ex : SPLITS.values()) {
      List<Example> neg = ex.stream().filter(e -> !e.sensitive()).toList();
      List<Example> pos = ex.stream().filter(Example::sensitive).toList();
      assertThat(neg.stream().filter(e -> e.kind().startsWith("hard_")).count())
          .isGreaterThanOrEqualTo((long) (0.4 * neg.size()));
      assertThat(pos.stream().filter(e -> e.kind().startsWith("obf_")).count())
          .isGreaterThanOrEqualTo((long) (0.3 * pos.size()));
    }
  }

  @Test
  void testSplit_usesTemplatesTrainAndValNeverUse() {
    Set<String> test = templates(SPLITS.get(Split.TEST));
    Set<String> seen = templates(SPLITS.get(Split.TRAIN));
    seen.addAll(templates(SPLITS.get(Split.VAL)));
    assertThat(test).isNotEmpty().doesNotContainAnyElementsOf(seen);
    assertThat(Split.TEST.carrierTemplates()).doesNotContainAnyElementsOf(Split.TRAIN.carrierTemplates());
  }

  private static Set<String> templates(List<Example> ex) {
    return ex.stream().map(Example::template).collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  @Test
  void bareCardAndSsnPositives_passTheValidators() {
    Pattern card = Pattern.compile("\\d[\\d -]{11,22}\\d");
    Pattern ssn = Pattern.compile("\\d{3}[- ]\\d{2}[- ]\\d{4}");
    for (Example e : all()) {
      if (!e.kind().equals("bare")) {
        continue;
      }
      if (e.category() == Category.CREDIT_CARD) {
        Matcher m = card.matcher(e.content());
        assertThat(m.find()).isTrue();
        assertThat(Checks.luhnValid(m.group().replaceAll("\\D", ""))).isTrue();
      } else if (e.category() == Category.SSN) {
        Matcher m = ssn.matcher(e.content());
        assertThat(m.find()).isTrue();
        assertThat(Checks.ssnValid(m.group().replaceAll("\\D", ""))).isTrue();
      } else if (e.category() == Category.ITIN) {
        Matcher m = Pattern.compile("9\\d{2}-\\d{2}-\\d{4}").matcher(e.content());
        assertThat(m.find()).isTrue();
        assertThat(Checks.itinValid(m.group().replaceAll("\\D", ""))).isTrue();
      }
    }
  }

  @Test
  void cardNegatives_neverHoldALuhnValidIssuerNumber() {
    Pattern run = Pattern.compile("(?<!\\d)\\d{13,19}(?!\\d)");
    for (Example e : all()) {
      if (e.category() != Category.CREDIT_CARD || e.sensitive()) {
        continue;
      }
      Matcher m = run.matcher(e.content().replaceAll("(?<=\\d)[ -](?=\\d)", ""));
      while (m.find()) {
        String d = m.group();
        boolean issuer = d.matches("(4|5[1-5]|2[2-7]|3[47]|6011|65|35).*");
        assertThat(issuer && Checks.luhnValid(d)).as("kind %s", e.kind()).isFalse();
      }
    }
  }

  @Test
  void labeledInvalidCards_failLuhn_butAreLabeledSensitive() {
    List<Example> inv = all().stream().filter(e -> e.kind().equals("labeled_invalid")
        && e.category() == Category.CREDIT_CARD).toList();
    assertThat(inv).isNotEmpty().allMatch(Example::sensitive);
    Pattern card = Pattern.compile("\\d[\\d -]{11,22}\\d");
    for (Example e : inv) {
      Matcher m = card.matcher(e.content());
      assertThat(m.find()).isTrue();
      assertThat(Checks.luhnValid(m.group().replaceAll("\\D", ""))).isFalse();
    }
  }

  private static List<Example> all() {
    return SPLITS.values().stream().flatMap(List::stream).toList();
  }
}
