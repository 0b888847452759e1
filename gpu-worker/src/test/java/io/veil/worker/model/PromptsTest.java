package io.veil.worker.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.protocol.Category;
import io.veil.protocol.Message;
import io.veil.protocol.PromptTemplate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptsTest {

  @Test
  void prompts_useTheSharedTemplate_inItemOrder_endingWithTheAnswerPrefix() {
    List<String> prompts = Prompts.of(List.of(
        new Message.Item("call 555 0100", Category.PHONE, "$.note"),
        new Message.Item("{{content}} {braces}", Category.SSN, null)));

    assertThat(prompts).containsExactly(
        PromptTemplate.standard().chatml("call 555 0100", "phone", Category.PHONE.description()),
        PromptTemplate.standard().chatml("{{content}} {braces}", "ssn", Category.SSN.description()));
    assertThat(prompts).allSatisfy(p -> assertThat(p).endsWith(PromptTemplate.ANSWER_PREFIX));
  }

  @Test
  void nullContent_becomesAnEmptyContentSection() {
    assertThat(Prompts.of(List.of(new Message.Item(null, Category.EMAIL, null))).get(0))
        .contains("Content:\n<|im_end|>");
  }
}
