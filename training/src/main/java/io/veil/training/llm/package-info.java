/**
 * The LLM fine-tuning recipe: exports the dataset for LLaMA-Factory (sharegpt format, rendered
 * with the one shared {@link io.veil.protocol.PromptTemplate}), with LoRA SFT, merge and EXL2
 * quantisation configs for Qwen2.5-7B/14B-Instruct.
 */
package io.veil.training.llm;
