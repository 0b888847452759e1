package io.veil.worker.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veil.detector.Detection;
import io.veil.detector.Detector;
import io.veil.protocol.Category;
import io.veil.protocol.Decision;
import io.veil.protocol.Message;
import io.veil.worker.model.ModelException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Routing of the cascade, in-process. The detector here reads its confidence from the content
 * ("c=0.35"), so that the band decides routing independently of the real detector's accuracy; the
 * model is a lambda that records what it was asked.
 */
class CascadeBackendTest {

  private static final Detector CONFIDENCE_IN_CONTENT = (content, category, context) -> {
    double c = Double.parseDouble(content.substring(content.indexOf("c=") + 2).split(" ")[0]);
    return c == 0.0 ? Detection.none(category)
        : new Detection(category, Decision.of(c, 0.5), List.of());
  };

  private final List<String> asked = new ArrayList<>();

  private static Message.Item item(String content) {
    return new Message.Item(content, Category.PASSPORT, null);
  }

  private CascadeBackend cascade(boolean modelFails) {
    ModelServerBackend model = new ModelServerBackend(null, prompts -> {
      prompts.forEach(p -> asked.add(p.substring(p.indexOf("c="), p.indexOf("c=") + 6)));
      if (modelFails) {
        throw new ModelException(ModelException.Kind.UNAVAILABLE, "model server unreachable");
      }
      return prompts.stream().mapToDouble(p -> 0.99).toArray();
    }, CONFIDENCE_IN_CONTENT, 0.5, Duration.ZERO);
    return new CascadeBackend(CONFIDENCE_IN_CONTENT, model, 0.2, 0.8);
  }

  @Test
  void onlyItemsInsideTheBand_goToTheModel_andTheFractionIsCounted() {
    CascadeBackend c = cascade(false);
    List<Message.ItemResult> r = c.classify(List.of(
        item("c=0.00 plain"), item("c=0.19 low"), item("c=0.20 edge"), item("c=0.55 unsure"),
        item("c=0.80 edge"), item("c=0.81 high"), item("c=0.95 sure")));

    assertThat(asked).containsExactly("c=0.20", "c=0.55", "c=0.80");
    assertThat(r).extracting(x -> x.decision().confidence())
        .containsExactly(0.0, 0.19, 0.99, 0.99, 0.99, 0.81, 0.95);
    assertThat(r).extracting(Message.ItemResult::status).containsOnly(Message.ItemStatus.OK);
    assertThat(c.itemsSeen()).isEqualTo(7);
    assertThat(c.itemsUncertain()).isEqualTo(3);
    assertThat(c.itemsSentToModel()).isEqualTo(3);
    assertThat(c.gpuFraction()).isEqualTo(3.0 / 7.0);
  }

  @Test
  void failingModel_answersUncertainItemsFromTheDetector_asDegraded() {
    CascadeBackend c = cascade(true);
    List<Message.ItemResult> r = c.classify(List.of(
        item("c=0.95 sure"), item("c=0.60 unsure"), item("c=0.30 unsure")));

    assertThat(r).extracting(Message.ItemResult::status).containsExactly(
        Message.ItemStatus.OK, Message.ItemStatus.DEGRADED, Message.ItemStatus.DEGRADED);
    assertThat(r).extracting(x -> x.decision().confidence()).containsExactly(0.95, 0.6, 0.3);
    assertThat(r).extracting(x -> x.decision().sensitive()).containsExactly(true, true, false);
    // The detector had no finding: its sensitive decision still redacts the whole content.
    assertThat(r.get(1).spans()).hasSize(1);
    assertThat(c.itemsDegraded()).isEqualTo(2);
  }

  @Test
  void invertedBand_isRejected() {
    assertThatThrownBy(() -> new CascadeBackend(CONFIDENCE_IN_CONTENT, null, 0.8, 0.2))
        .hasMessageContaining("uncertain band");
  }
}
