package io.veil.worker.model;

import java.util.List;

/** Scores a batch of prompts on a model server: one P(true) in [0, 1] per prompt, in order. */
public interface ModelClient {

  /**
   * Scores the prompts.
   *
   * @return one probability per prompt, each finite and within [0, 1]
   * @throws ModelException when the server is down, too slow or answers garbage
   */
  double[] score(List<String> prompts) throws ModelException;

  /** Creates the client for a protocol. */
  static ModelClient create(ModelProtocol protocol, ModelHttp http, String modelName) {
    return switch (protocol) {
      case VEIL -> new VeilScoreClient(http);
      case OPENAI -> new OpenAiCompletionsClient(http, modelName);
    };
  }
}
