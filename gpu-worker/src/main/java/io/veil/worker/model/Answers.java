package io.veil.worker.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Checks shared by both protocols' answer parsers. Messages name fields, never values. */
final class Answers {

  // Trailing tokens after the object mean a broken server, not an answer.
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private Answers() {}

  static ModelException bad(String why) {
    return new ModelException(ModelException.Kind.BAD_ANSWER, "bad model answer: " + why);
  }

  /** Parses a JSON object; anything else (HTML, text, arrays, NaN literals) is a bad answer. */
  static JsonNode readTree(String answer) throws ModelException {
    JsonNode root;
    try {
      root = JSON.readTree(answer);
    } catch (JsonProcessingException e) {
      throw bad("not JSON (" + (answer == null ? 0 : answer.length()) + " chars)");
    }
    if (root == null || !root.isObject()) {
      throw bad("not a JSON object");
    }
    return root;
  }

  /** A finite number within [0, 1]. */
  static double probability(JsonNode node, String field) throws ModelException {
    if (node == null || !node.isNumber()) {
      throw bad(field + " is not a number");
    }
    double p = node.doubleValue();
    if (!Double.isFinite(p) || p < 0.0 || p > 1.0) {
      throw bad(field + " is outside [0, 1]");
    }
    return p;
  }
}
