package io.veil.worker.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veil.detector.Detection;
import io.veil.detector.Detector;
import io.veil.detector.Finding;
import io.veil.protocol.Category;
import io.veil.protocol.Decision;
import io.veil.protocol.Message;
import io.veil.worker.model.ModelClient;
import io.veil.worker.model.ModelException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** In-process: the model client is a lambda; the real HTTP client is covered by the ITs. */
class ModelServerBackendTest {

  /** Finds "555-0100" wherever it is, as a phone finding. */
  private static final Detector PHONE_AT_INDEX = (content, category, context) -> {
    int at = content.indexOf("555-0100");
    if (at < 0) {
      return Detection.none(category);
    }
    Finding f = new Finding(Category.PHONE, at, at + 8, "PhoneRecognizer", "nanp", 0.4, List.of());
    return new Detection(category, new Decision(false, 0.4), List.of(f));
  };

  private static ModelServerBackend backend(ModelClient client) {
    return new ModelServerBackend(null, client, PHONE_AT_INDEX, 0.5, Duration.ZERO);
  }

  @Test
  void scores_becomeDecisionsAgainstTheThreshold_withSpansOnlyWhenSensitive() throws Exception {
    ModelServerBackend b = backend(prompts -> new double[] {0.97, 0.49, 0.5, 0.8});
    List<Message.ItemResult> r = b.classify(List.of(
        new Message.Item("ring me at 555-0100", Category.PHONE, null),
        new Message.Item("ring me at 555-0100", Category.PHONE, null),
        new Message.Item("no finding here", Category.PHONE, null),
        new Message.Item("555-0100 but asked as ssn", Category.SSN, null)));

    assertThat(r).extracting(x -> x.decision().sensitive()).containsExactly(true, false, true, true);
    assertThat(r).extracting(x -> x.decision().confidence()).containsExactly(0.97, 0.49, 0.5, 0.8);
    assertThat(r).extracting(Message.ItemResult::status).containsOnly(Message.ItemStatus.OK);
    assertThat(r.get(0).spans()).containsExactly(new Message.Span(11, 19, "PhoneRecognizer", "nanp"));
    assertThat(r.get(1).spans()).isEmpty();
    // No finding of the asked category: redact the whole content.
    assertThat(r.get(2).spans()).containsExactly(new Message.Span(0, 15,
        ModelServerBackend.WHOLE_CONTENT_RECOGNIZER, ModelServerBackend.WHOLE_CONTENT_PATTERN));
    assertThat(r.get(3).spans()).containsExactly(new Message.Span(0, 25,
        ModelServerBackend.WHOLE_CONTENT_RECOGNIZER, ModelServerBackend.WHOLE_CONTENT_PATTERN));
  }

  @Test
  void failedScoring_throwsBackendException_withoutContent() {
    ModelServerBackend b = backend(prompts -> {
      throw new ModelException(ModelException.Kind.BAD_ANSWER, "bad model answer: not JSON");
    });
    assertThatThrownBy(() -> b.classify(List.of(
        new Message.Item("secret 078-05-1120", Category.SSN, null))))
        .isInstanceOf(BackendException.class)
        .hasMessageContaining("BAD_ANSWER")
        .hasMessageNotContaining("078-05-1120");
  }

  @Test
  void emptyBatch_isNotSentToTheModel() throws Exception {
    ModelServerBackend b = backend(prompts -> {
      throw new AssertionError("model called for an empty batch");
    });
    assertThat(b.classify(List.of())).isEmpty();
  }

  @Test
  void thresholdOutsideTheUnitInterval_isRejected() {
    assertThatThrownBy(() -> new ModelServerBackend(null, p -> new double[0], PHONE_AT_INDEX, 1.5,
        Duration.ZERO)).hasMessageContaining("threshold");
  }
}
