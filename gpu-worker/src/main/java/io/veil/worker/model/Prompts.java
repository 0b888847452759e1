package io.veil.worker.model;

import io.veil.protocol.Message;
import io.veil.protocol.PromptTemplate;
import java.util.ArrayList;
import java.util.List;

/** Builds the model's prompts from worker items with Veil's one prompt template. */
public final class Prompts {

  private Prompts() {}

  /** One ChatML prompt per item, ending with the answer prefix, in order. */
  public static List<String> of(List<Message.Item> items) {
    PromptTemplate template = PromptTemplate.standard();
    List<String> prompts = new ArrayList<>(items.size());
    for (Message.Item item : items) {
      String content = item.content() == null ? "" : item.content();
      prompts.add(template.chatml(content, item.category().wireName(),
          item.category().description()));
    }
    return prompts;
  }
}
