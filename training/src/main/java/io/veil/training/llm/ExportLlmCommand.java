package io.veil.training.llm;

import io.veil.training.dataset.Jsonl;
import io.veil.training.dataset.Split;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export-llm}: the sharegpt train/val files, {@code dataset_info.json}, LoRA SFT and merge
 * configs for Qwen2.5-7B and 14B, and the EXL2 conversion script.
 */
@Command(name = "export-llm", mixinStandardHelpOptions = true,
    description = "Export the dataset and configs for LLaMA-Factory LoRA fine-tuning of Qwen2.5.")
public final class ExportLlmCommand implements Callable<Integer> {

  /** Bits per weight of the EXL2 quantisation: near-lossless for a yes/no classifier. */
  static final double EXL2_BITS = 6.0;

  @Option(names = "--data", required = true, description = "Directory with train.jsonl and val.jsonl.")
  Path data;

  @Option(names = "--out", required = true, description = "Output directory (LLaMA-Factory dataset_dir).")
  Path out;

  @Override
  public Integer call() throws Exception {
    export(data, out);
    System.err.println("wrote LLaMA-Factory dataset and configs to " + out);
    return 0;
  }

  /** Writes every file of the recipe into {@code out}. */
  public static void export(Path data, Path out) throws java.io.IOException {
    Files.createDirectories(out);
    LlmExporter ex = new LlmExporter();
    ex.write(out.resolve("veil_train.json"), Jsonl.read(data.resolve(Split.TRAIN.fileName())));
    ex.write(out.resolve("veil_val.json"), Jsonl.read(data.resolve(Split.VAL.fileName())));
    Files.writeString(out.resolve("dataset_info.json"), Jsonl.MAPPER
        .writerWithDefaultPrettyPrinter()
        .writeValueAsString(LlmExporter.datasetInfo("veil_train.json", "veil_val.json")),
        StandardCharsets.UTF_8);
    String datasetDir = out.toAbsolutePath().normalize().toString();
    StringBuilder sh = new StringBuilder("#!/usr/bin/env bash\n"
        + "# EXL2 quantisation of the merged Veil models; run inside an exllamav2 checkout.\nset -euo pipefail\n");
    for (Recipe r : new Recipe[] {Recipe.QWEN_7B, Recipe.QWEN_14B}) {
      Files.writeString(out.resolve(r.slug() + "-lora-sft.yaml"), r.sftYaml(datasetDir),
          StandardCharsets.UTF_8);
      Files.writeString(out.resolve(r.slug() + "-merge.yaml"), r.mergeYaml(), StandardCharsets.UTF_8);
      sh.append("mkdir -p work/exl2-").append(r.slug()).append('\n')
          .append(r.exl2Command(EXL2_BITS)).append('\n');
    }
    Path script = out.resolve("quantize-exl2.sh");
    Files.writeString(script, sh.toString(), StandardCharsets.UTF_8);
    script.toFile().setExecutable(true);
  }
}
