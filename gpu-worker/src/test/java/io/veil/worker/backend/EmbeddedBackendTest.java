package io.veil.worker.backend;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.protocol.Category;
import io.veil.protocol.Message;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The backend's own behaviour: mapping detections to results, keeping order across its parallel
 * chunks. The detector's accuracy is the detector module's concern; these tests only need it to
 * find a plain email address and nothing in plain text.
 */
class EmbeddedBackendTest {

  @Test
  void emailIsSensitiveWithItsSpan_plainTextIsNotAndHasNoSpans() throws Exception {
    String content = "write to jane.roe@example.com today";
    try (EmbeddedBackend backend = EmbeddedBackend.create(1)) {
      List<Message.ItemResult> results = backend.classify(List.of(
          new Message.Item(content, Category.EMAIL, "$.note"),
          new Message.Item("nothing to see here", Category.EMAIL, null)));

      Message.ItemResult email = results.get(0);
      assertThat(email.status()).isEqualTo(Message.ItemStatus.OK);
      assertThat(email.decision().sensitive()).isTrue();
      assertThat(email.spans()).hasSize(1);
      Message.Span span = email.spans().get(0);
      assertThat(content.substring(span.start(), span.end())).isEqualTo("jane.roe@example.com");
      assertThat(span.recognizer()).isNotBlank();
      assertThat(results.get(1).decision().sensitive()).isFalse();
      assertThat(results.get(1).spans()).isEmpty();
    }
  }

  @Test
  void spans_coverOnlyValuesOfTheAskedCategory_notSubThresholdCandidates() throws Exception {
    String content = "call me at (415) 555-2671, ssn 123-45-6789";
    try (EmbeddedBackend backend = EmbeddedBackend.create(1)) {
      List<Message.ItemResult> results = backend.classify(List.of(
          new Message.Item(content, Category.PHONE, "$.note"),
          new Message.Item(content, Category.SSN, "$.note")));

      assertThat(results).allSatisfy(r -> assertThat(r.decision().sensitive()).isTrue());
      assertThat(results.get(0).spans()).extracting(s -> content.substring(s.start(), s.end()))
          .containsExactly("(415) 555-2671");
      assertThat(results.get(1).spans()).extracting(s -> content.substring(s.start(), s.end()))
          .containsExactly("123-45-6789");
    }
  }

  @Test
  void parallelChunks_keepItemOrder() throws Exception {
    List<Message.Item> batch = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      String content = i % 7 == 0 ? "user" + i + "@example.com" : "plain words " + i;
      batch.add(new Message.Item(content, Category.EMAIL, null));
    }
    try (EmbeddedBackend backend = EmbeddedBackend.create(4)) {
      List<Message.ItemResult> results = backend.classify(batch);

      assertThat(results).hasSize(101);
      for (int i = 0; i < 101; i++) {
        assertThat(results.get(i).decision().sensitive()).as("item %d", i).isEqualTo(i % 7 == 0);
      }
    }
  }

  @Test
  void emptyBatch_givesNoResults() throws Exception {
    try (EmbeddedBackend backend = EmbeddedBackend.create(2)) {
      assertThat(backend.classify(List.of())).isEmpty();
    }
  }
}
