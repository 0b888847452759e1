package io.veil.detector.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veil.detector.EmbeddedDetector;
import io.veil.protocol.Category;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall on Presidio's public synthetic sentences ({@code shared/datasets}), for
 * the categories it labels. Its values are random, so a sentence labelled with a card number is
 * sensitive under our policy only when the card is valid or the words say it is a card; recall
 * here is therefore a floor, and the figures are printed for the report.
 */
class PresidioDatasetTest {

  private static final Path DATASET =
      Path.of("/work/shared/datasets/presidio-research/synth_dataset_v2.json");
  private static final Map<String, Category> TYPES = Map.of("CREDIT_CARD", Category.CREDIT_CARD,
      "PHONE_NUMBER", Category.PHONE, "EMAIL_ADDRESS", Category.EMAIL, "US_SSN", Category.SSN,
      "US_DRIVER_LICENSE", Category.DRIVERS_LICENSE);

  @Test
  void presidioSentences_haveHighPrecisionAndRecall() throws IOException {
    assumeTrue(Files.isReadable(DATASET), "dataset not present on this machine");
    JsonNode root = new ObjectMapper().readTree(DATASET.toFile());
    EmbeddedDetector detector = EmbeddedDetector.create();
    Map<Category, int[]> counts = new EnumMap<>(Category.class);
    for (JsonNode x : root) {
      String text = x.get("full_text").asText();
      for (Category c : TYPES.values()) {
        boolean gold = false;
        for (JsonNode s : x.get("spans")) {
          gold |= TYPES.get(s.get("entity_type").asText()) == c;
        }
        boolean predicted = detector.detect(text, c, null).decision().sensitive();
        int[] k = counts.computeIfAbsent(c, any -> new int[3]);
        k[gold && predicted ? 0 : predicted ? 1 : gold ? 2 : 0] += gold || predicted ? 1 : 0;
      }
    }
    counts.forEach((c, k) -> System.out.printf("presidio %-16s tp=%d fp=%d fn=%d P=%.3f R=%.3f%n",
        c, k[0], k[1], k[2], k[0] / (double) Math.max(1, k[0] + k[1]),
        k[0] / (double) Math.max(1, k[0] + k[2])));
    counts.forEach((c, k) -> {
      assertThat(k[0] / (double) Math.max(1, k[0] + k[1])).as("precision " + c).isGreaterThan(0.97);
      assertThat(k[0] / (double) Math.max(1, k[0] + k[2])).as("recall " + c).isGreaterThan(0.6);
    });
  }
}
