package io.veil.training.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.veil.protocol.Category;
import io.veil.protocol.PromptTemplate;
import io.veil.training.dataset.DatasetGenerator;
import io.veil.training.dataset.Example;
import io.veil.training.dataset.Jsonl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LlmExportTest {

  /**
   * Argument names LLaMA-Factory's HfArgumentParser accepts that these configs use (from
   * src/llamafactory/hparams: model_args, data_args, finetuning_args, Seq2SeqTrainingArguments).
   */
  private static final Set<String> KNOWN_KEYS = Set.of("model_name_or_path",
      "adapter_name_or_path", "trust_remote_code", "quantization_bit", "quantization_method",
      "stage", "do_train", "finetuning_type", "lora_target", "lora_rank", "lora_alpha",
      "lora_dropout", "dataset_dir", "dataset", "eval_dataset", "template", "cutoff_len",
      "overwrite_cache", "preprocessing_num_workers", "output_dir", "logging_steps", "save_steps",
      "plot_loss", "overwrite_output_dir", "per_device_train_batch_size",
      "gradient_accumulation_steps", "learning_rate", "num_train_epochs", "lr_scheduler_type",
      "warmup_ratio", "bf16", "ddp_timeout", "per_device_eval_batch_size", "eval_strategy",
      "eval_steps", "export_dir", "export_size", "export_device", "export_legacy_format");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @TempDir
  static Path dir;

  @BeforeAll
  static void export() throws Exception {
    DatasetGenerator.write(11, 300, dir.resolve("data"));
    ExportLlmCommand.export(dir.resolve("data"), dir.resolve("llm"));
  }

  @Test
  void exportedTurns_renderToTheWorkersPromptBytes() {
    LlmExporter ex = new LlmExporter();
    PromptTemplate t = PromptTemplate.standard();
    for (Example e : List.of(
        new Example("{\"passport\":\"X1234{{content}}5678\"}", Category.PASSPORT, true, 1.0, "en", "k", "t"),
        new Example("Où est mon numéro ?\n", Category.SSN, false, 0.0, "fr", "k", "t"))) {
      JsonNode r = ex.record(e);
      String human = r.at("/conversations/0/value").asText();
      String gpt = r.at("/conversations/1/value").asText();
      // LLaMA-Factory's qwen template: system, user, then the assistant turn with the answer.
      String rendered = "<|im_start|>system\n" + r.get("system").asText() + "<|im_end|>\n"
          + "<|im_start|>user\n" + human + "<|im_end|>\n<|im_start|>assistant\n" + gpt;
      String served = t.chatml(e.content(), e.category().wireName(), e.category().description());
      assertThat(rendered.getBytes(java.nio.charset.StandardCharsets.UTF_8))
          .startsWith(served.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertThat(gpt).isEqualTo(PromptTemplate.answer(e.sensitive(), e.confidence()));
      assertThat(human).isEqualTo(t.user(e.content(), e.category()));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"veil_train.json", "veil_val.json"})
  void sharegptFiles_haveAlternatingHumanGptTurns_andASystemPrompt(String file) throws Exception {
    JsonNode arr = Jsonl.MAPPER.readTree(Files.readString(dir.resolve("llm").resolve(file)));
    assertThat(arr.isArray()).isTrue();
    assertThat(arr.size()).isEqualTo(Jsonl.read(dir.resolve("data").resolve(
        file.contains("train") ? "train.jsonl" : "val.jsonl")).size());
    for (JsonNode r : arr) {
      JsonNode conv = r.get("conversations");
      assertThat(conv.size() % 2).isZero();
      for (int i = 0; i < conv.size(); i++) {
        assertThat(conv.get(i).get("from").asText()).isEqualTo(i % 2 == 0 ? "human" : "gpt");
        assertThat(conv.get(i).get("value").asText()).isNotBlank();
      }
      assertThat(conv.get(1).get("value").asText()).startsWith(PromptTemplate.ANSWER_PREFIX)
          .matches("\\{\"is_sensitive\": (true|false), \"confidence_score\": [01]\\.\\d\\d}");
      assertThat(r.get("system").asText()).isEqualTo(PromptTemplate.standard().system());
    }
  }

  @Test
  void datasetInfo_columnsAndTagsMatchTheFiles() throws Exception {
    JsonNode info = Jsonl.MAPPER.readTree(Files.readString(dir.resolve("llm/dataset_info.json")));
    for (String name : List.of(LlmExporter.TRAIN, LlmExporter.VAL)) {
      JsonNode e = info.get(name);
      assertThat(e.get("formatting").asText()).isEqualTo("sharegpt");
      Path file = dir.resolve("llm").resolve(e.get("file_name").asText());
      assertThat(file).exists();
      JsonNode first = Jsonl.MAPPER.readTree(Files.readString(file)).get(0);
      assertThat(first.has(e.at("/columns/messages").asText())).isTrue();
      assertThat(first.has(e.at("/columns/system").asText())).isTrue();
      JsonNode turn = first.get(e.at("/columns/messages").asText()).get(0);
      assertThat(turn.has(e.at("/tags/role_tag").asText())).isTrue();
      assertThat(turn.has(e.at("/tags/content_tag").asText())).isTrue();
      assertThat(turn.get(e.at("/tags/role_tag").asText()).asText())
          .isEqualTo(e.at("/tags/user_tag").asText());
      assertThat(e.at("/tags/assistant_tag").asText()).isEqualTo("gpt");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"qwen2.5-7b", "qwen2.5-14b"})
  void sftConfigs_useOnlyKnownKeys_andTheRecipesSettings(String slug) throws Exception {
    JsonNode y = YAML.readTree(Files.readString(dir.resolve("llm/" + slug + "-lora-sft.yaml")));
    assertThat(keys(y)).isSubsetOf(KNOWN_KEYS);
    assertThat(y.get("template").asText()).isEqualTo("qwen");
    assertThat(y.get("finetuning_type").asText()).isEqualTo("lora");
    assertThat(y.get("lora_target").asText()).isEqualTo("all");
    assertThat(y.get("bf16").asBoolean()).isTrue();
    assertThat(y.get("cutoff_len").asInt()).isEqualTo(512);
    assertThat(y.get("model_name_or_path").asText()).startsWith("Qwen/Qwen2.5-").endsWith("-Instruct");
    JsonNode info = Jsonl.MAPPER.readTree(Files.readString(dir.resolve("llm/dataset_info.json")));
    assertThat(info.has(y.get("dataset").asText())).isTrue();
    assertThat(info.has(y.get("eval_dataset").asText())).isTrue();
    assertThat(Path.of(y.get("dataset_dir").asText()).resolve("dataset_info.json")).exists();
    assertThat(y.has("quantization_bit")).isEqualTo(slug.endsWith("14b"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"qwen2.5-7b", "qwen2.5-14b"})
  void mergeConfigs_exportTheAdapterTheSftConfigWrites(String slug) throws Exception {
    JsonNode m = YAML.readTree(Files.readString(dir.resolve("llm/" + slug + "-merge.yaml")));
    JsonNode s = YAML.readTree(Files.readString(dir.resolve("llm/" + slug + "-lora-sft.yaml")));
    assertThat(keys(m)).isSubsetOf(KNOWN_KEYS);
    assertThat(m.get("adapter_name_or_path").asText()).isEqualTo(s.get("output_dir").asText());
    assertThat(m.get("model_name_or_path").asText()).isEqualTo(s.get("model_name_or_path").asText());
    assertThat(m.has("quantization_bit")).isFalse();
    assertThat(m.get("export_dir").asText()).isNotBlank();
  }

  @Test
  void exl2Script_convertsEachMergedModel() throws Exception {
    String sh = Files.readString(dir.resolve("llm/quantize-exl2.sh"));
    for (String slug : List.of("qwen2.5-7b", "qwen2.5-14b")) {
      JsonNode m = YAML.readTree(Files.readString(dir.resolve("llm/" + slug + "-merge.yaml")));
      assertThat(sh).contains("python convert.py -i " + m.get("export_dir").asText() + " -o ");
    }
    assertThat(sh).contains(" -cf ").contains(" -b 6.0");
  }

  private static List<String> keys(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
      out.add(it.next());
    }
    return out;
  }
}
