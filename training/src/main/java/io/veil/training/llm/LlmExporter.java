package io.veil.training.llm;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.veil.protocol.PromptTemplate;
import io.veil.training.dataset.Example;
import io.veil.training.dataset.Jsonl;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes LLaMA-Factory sharegpt files: one object per example, {@code {"conversations":
 * [{"from":"human","value":<user>},{"from":"gpt","value":<answer>}], "system": <system>}}, with
 * user, answer and system rendered by {@link PromptTemplate}, the template the gpu-worker serves
 * with.
 */
public final class LlmExporter {

  /** Dataset names in {@code dataset_info.json}. */
  public static final String TRAIN = "veil_train";
  /** The validation dataset's name. */
  public static final String VAL = "veil_val";

  private final PromptTemplate template;

  /** An exporter with the shipped template. */
  public LlmExporter() {
    this(PromptTemplate.standard());
  }

  LlmExporter(PromptTemplate template) {
    this.template = template;
  }

  /** The sharegpt record for one example. */
  public ObjectNode record(Example e) {
    ObjectNode o = Jsonl.MAPPER.createObjectNode();
    var conv = o.putArray("conversations");
    conv.addObject().put("from", "human").put("value", template.user(e.content(), e.category()));
    conv.addObject().put("from", "gpt").put("value",
        PromptTemplate.answer(e.sensitive(), e.confidence()));
    o.put("system", template.system());
    return o;
  }

  /** Writes {@code examples} as a JSON array, streaming so that large sets fit in memory. */
  public void write(Path file, List<Example> examples) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        JsonGenerator g = Jsonl.MAPPER.getFactory().createGenerator(out)) {
      g.writeStartArray();
      for (Example e : examples) {
        g.writeTree(record(e));
        g.writeRaw('\n');
      }
      g.writeEndArray();
    }
  }

  /** The {@code dataset_info.json} entries for the train and val files. */
  public static ObjectNode datasetInfo(String trainFile, String valFile) {
    ObjectNode o = Jsonl.MAPPER.createObjectNode();
    o.set(TRAIN, entry(trainFile));
    o.set(VAL, entry(valFile));
    return o;
  }

  private static ObjectNode entry(String file) {
    ObjectNode e = Jsonl.MAPPER.createObjectNode();
    e.put("file_name", file);
    e.put("formatting", "sharegpt");
    e.putObject("columns").put("messages", "conversations").put("system", "system");
    e.putObject("tags").put("role_tag", "from").put("content_tag", "value")
        .put("user_tag", "human").put("assistant_tag", "gpt");
    return e;
  }
}
