package io.veil.gateway.filter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.veil.detector.Detector;
import io.veil.detector.EmbeddedDetector;
import io.veil.detector.triage.Triage;
import io.veil.gateway.config.GatewayConfig;
import io.veil.gateway.input.StrictJson;
import io.veil.gateway.testing.Fixtures;
import io.veil.protocol.Category;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Triage must miss nothing the detector calls sensitive. Measured on the leaves the gateway walks
 * for the public presidio-research synthetic sentences (each sent as an event), plus a few event
 * shapes: recall must be 1.0; the flag rate (pairs sent to workers / all pairs) is printed.
 */
class TriageRecallTest {

  private static final Path PRESIDIO =
      Path.of("../../shared/datasets/presidio-research/synth_dataset_v2.json");

  @Test
  void triageFlagsEveryPairTheDetectorCallsSensitive() throws Exception {
    GatewayConfig c = Fixtures.config();
    StrictJson json = new StrictJson(c.limits());
    List<String> events = new ArrayList<>(List.of(
        "{\"user\":{\"email\":\"maria.garcia@gmail.com\",\"ssn\":\"536-22-1234\"}}",
        "{\"page_url\":\"https://x.test/?passport=X12345678&cc=4111%201111%201111%201111\"}",
        "{\"payload\":\"{\\\"routing_number\\\":\\\"021000021\\\",\\\"phone\\\":\\\"+1 415-555-2671\\\"}\"}",
        "{\"card_number\":4111111111111111,\"ts\":1717171717,\"qty\":3}"));
    if (Files.isReadable(PRESIDIO)) {
      for (JsonNode s : Fixtures.MAPPER.readTree(PRESIDIO.toFile())) {
        events.add(Fixtures.MAPPER.writeValueAsString(
            Fixtures.MAPPER.createObjectNode().put("text", s.get("full_text").textValue())));
      }
    }
    Detector detector = EmbeddedDetector.create();
    Triage triage = new Triage();
    long pairs = 0;
    long flagged = 0;
    long sensitive = 0;
    long missed = 0;
    for (String e : events) {
      Walk w = Walk.of(json.read(e.getBytes(java.nio.charset.StandardCharsets.UTF_8)), json,
          new StrictJson.Budget(c.limits().fields()));
      for (Leaf leaf : w.leaves) {
        Set<Category> f = triage.flag(leaf.content(), leaf.context());
        for (Category cat : Category.all()) {
          pairs++;
          boolean isFlagged = f.contains(cat);
          flagged += isFlagged ? 1 : 0;
          if (detector.detect(leaf.content(), cat, leaf.context()).decision().sensitive()) {
            sensitive++;
            missed += isFlagged ? 0 : 1;
          }
        }
      }
    }
    double recall = sensitive == 0 ? 1.0 : (sensitive - missed) / (double) sensitive;
    System.out.printf("triage: events=%d pairs=%d sensitive=%d missed=%d recall=%.4f"
        + " flag_rate=%.4f%n", events.size(), pairs, sensitive, missed, recall,
        flagged / (double) pairs);
    assertThat(sensitive).isPositive();
    assertThat(missed).as("sensitive pairs triage did not flag").isZero();
  }
}
