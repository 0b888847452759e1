package io.veil.worker.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Client of Veil's batch scoring endpoint: {@code POST /v1/score {"prompts": [...]}} answered by
 * {@code {"p_true": [...]}}, one probability per prompt in order.
 */
public final class VeilScoreClient implements ModelClient {

  /** The scoring path. */
  public static final String PATH = "/v1/score";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ModelHttp http;

  /** A client over {@code http}. */
  public VeilScoreClient(ModelHttp http) {
    this.http = http;
  }

  @Override
  public double[] score(List<String> prompts) throws ModelException {
    ObjectNode body = JSON.createObjectNode();
    ArrayNode array = body.putArray("prompts");
    prompts.forEach(array::add);
    try {
      return parse(http.postJson(PATH, JSON.writeValueAsBytes(body)), prompts.size());
    } catch (JsonProcessingException e) {
      throw new ModelException(ModelException.Kind.BAD_ANSWER, "cannot encode request", e);
    }
  }

  /**
   * Reads a {@code /v1/score} answer for {@code n} prompts.
   *
   * @throws ModelException BAD_ANSWER unless it is a JSON object whose {@code p_true} holds
   *     exactly {@code n} finite numbers within [0, 1]
   */
  static double[] parse(String answer, int n) throws ModelException {
    JsonNode root = Answers.readTree(answer);
    JsonNode scores = root.get("p_true");
    if (scores == null || !scores.isArray()) {
      throw Answers.bad("p_true is missing or not an array");
    }
    if (scores.size() != n) {
      throw Answers.bad("p_true has " + scores.size() + " scores for " + n + " prompts");
    }
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = Answers.probability(scores.get(i), "p_true[" + i + "]");
    }
    return p;
  }
}
