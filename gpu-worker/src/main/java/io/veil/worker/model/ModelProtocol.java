package io.veil.worker.model;

import java.util.Locale;

/** Which HTTP protocol the model server speaks. */
public enum ModelProtocol {
  /** Veil's batch scoring endpoint: {@code POST /v1/score}, served by {@code veil_model_server.py}. */
  VEIL,
  /** OpenAI-compatible {@code POST /v1/completions} with logprobs (vLLM, llama.cpp). */
  OPENAI;

  /** Parses {@code veil} or {@code openai}, case-insensitively. */
  public static ModelProtocol parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("model-protocol must be veil or openai");
    }
  }
}
