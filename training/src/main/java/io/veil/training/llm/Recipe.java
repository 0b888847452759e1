package io.veil.training.llm;

import java.util.Locale;

/**
 * The LLaMA-Factory configs and the ExLlamaV2 command for one Qwen2.5 size. Batch sizes target a
 * 24 GB A10: 7B in bf16 (15 GB of weights) leaves room for LoRA with batch 2; 14B in bf16 (30 GB)
 * does not fit, so 14B loads 4-bit (QLoRA, bitsandbytes) and computes in bf16.
 *
 * @param size {@code 7B} or {@code 14B}
 * @param qlora whether the base model is loaded 4-bit for training
 * @param batch per-device batch size
 * @param gradAccum gradient accumulation steps (effective batch = batch * gradAccum)
 */
public record Recipe(String size, boolean qlora, int batch, int gradAccum) {

  /** Qwen2.5-7B-Instruct, LoRA in bf16. */
  public static final Recipe QWEN_7B = new Recipe("7B", false, 2, 8);
  /** Qwen2.5-14B-Instruct, QLoRA (4-bit base, bf16 compute). */
  public static final Recipe QWEN_14B = new Recipe("14B", true, 1, 16);

  /** The Hugging Face model id. */
  public String model() {
    return "Qwen/Qwen2.5-" + size + "-Instruct";
  }

  /** A short name for files and directories, e.g. {@code qwen2.5-7b}. */
  public String slug() {
    return "qwen2.5-" + size.toLowerCase(Locale.ROOT);
  }

  /** The LoRA SFT config. */
  public String sftYaml(String datasetDir) {
    return """
        # Veil LoRA SFT for %1$s on one 24 GB A10 (%2$s).
        # Run: llamafactory-cli train %3$s-lora-sft.yaml
        ### model
        model_name_or_path: %1$s
        trust_remote_code: true
        %4$s
        ### method
        stage: sft
        do_train: true
        finetuning_type: lora
        lora_target: all
        lora_rank: 16
        lora_alpha: 32
        lora_dropout: 0.05

        ### dataset
        dataset_dir: %5$s
        dataset: veil_train
        eval_dataset: veil_val
        template: qwen
        cutoff_len: 512
        overwrite_cache: true
        preprocessing_num_workers: 8

        ### output
        output_dir: saves/%3$s/lora/sft
        logging_steps: 10
        save_steps: 500
        plot_loss: true
        overwrite_output_dir: true

        ### train
        per_device_train_batch_size: %6$d
        gradient_accumulation_steps: %7$d
        learning_rate: 1.0e-4
        num_train_epochs: 2.0
        lr_scheduler_type: cosine
        warmup_ratio: 0.05
        bf16: true
        ddp_timeout: 180000000

        ### eval
        per_device_eval_batch_size: %6$d
        eval_strategy: steps
        eval_steps: 500
        """.formatted(model(), qlora ? "QLoRA: 4-bit base, bf16 compute" : "LoRA, bf16 base",
        slug(), qlora ? "quantization_bit: 4\nquantization_method: bitsandbytes\n" : "",
        datasetDir, batch, gradAccum);
  }

  /** The merge (export) config: the adapter folded into the bf16 base model. */
  public String mergeYaml() {
    return """
        # Merge the Veil LoRA adapter into %1$s (always the bf16 base, also after QLoRA).
        # Run: llamafactory-cli export %2$s-merge.yaml
        ### model
        model_name_or_path: %1$s
        adapter_name_or_path: saves/%2$s/lora/sft
        template: qwen
        finetuning_type: lora
        trust_remote_code: true

        ### export
        export_dir: models/veil-%2$s
        export_size: 5
        export_device: cpu
        export_legacy_format: false
        """.formatted(model(), slug());
  }

  /** The ExLlamaV2 EXL2 conversion, run from an exllamav2 checkout. */
  public String exl2Command(double bits) {
    return String.format(Locale.ROOT, "python convert.py -i models/veil-%1$s -o work/exl2-%1$s"
        + " -cf models/veil-%1$s-exl2-%2$.1fbpw -b %2$.1f -hb 8", slug(), bits);
  }
}
