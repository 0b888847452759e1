package io.veil.worker.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Client of an OpenAI-compatible {@code POST /v1/completions} (vLLM, llama.cpp), asking for one
 * token with the top 20 logprobs. The confidence is P(" true") / (P(" true") + P(" false")) read
 * from {@code choices[i].logprobs.top_logprobs[0]}.
 */
public final class OpenAiCompletionsClient implements ModelClient {

  /** The completions path. */
  public static final String PATH = "/v1/completions";

  /** vLLM's default cap on logprobs; 20 alternatives always hold both answers of a tuned model. */
  static final int TOP_LOGPROBS = 20;

  /**
   * The probability given to an answer token missing from the top 20: below the 20th entry, so
   * tiny; a finite value keeps the ratio defined when only one of the two answers is listed.
   */
  static final double MISSING_TOKEN_PROBABILITY = 1e-9;

  /** Logprobs are at most 0; servers round, so a hair above 0 is tolerated. */
  private static final double LOGPROB_SLACK = 1e-6;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ModelHttp http;
  private final String model;

  /**
   * @param model the {@code model} field the server expects (the served model's name)
   */
  public OpenAiCompletionsClient(ModelHttp http, String model) {
    this.http = http;
    this.model = model == null ? "" : model;
  }

  @Override
  public double[] score(List<String> prompts) throws ModelException {
    ObjectNode body = JSON.createObjectNode();
    body.put("model", model);
    ArrayNode array = body.putArray("prompt");
    prompts.forEach(array::add);
    body.put("max_tokens", 1);
    body.put("logprobs", TOP_LOGPROBS);
    body.put("temperature", 0);
    try {
      return parse(http.postJson(PATH, JSON.writeValueAsBytes(body)), prompts.size());
    } catch (JsonProcessingException e) {
      throw new ModelException(ModelException.Kind.BAD_ANSWER, "cannot encode request", e);
    }
  }

  /**
   * Reads a completions answer for {@code n} prompts, placing each choice by its {@code index}
   * (or its position when the server omits it).
   *
   * @throws ModelException BAD_ANSWER on a wrong number of choices, duplicate or out-of-range
   *     indexes, missing logprobs, non-finite or positive logprobs, or a choice whose top logprobs
   *     hold neither answer token
   */
  static double[] parse(String answer, int n) throws ModelException {
    JsonNode choices = Answers.readTree(answer).get("choices");
    if (choices == null || !choices.isArray()) {
      throw Answers.bad("choices is missing or not an array");
    }
    if (choices.size() != n) {
      throw Answers.bad("choices has " + choices.size() + " entries for " + n + " prompts");
    }
    double[] p = new double[n];
    boolean[] seen = new boolean[n];
    for (int i = 0; i < n; i++) {
      JsonNode choice = choices.get(i);
      int index = indexOf(choice, i, n);
      if (seen[index]) {
        throw Answers.bad("choices[" + i + "].index repeats an earlier index");
      }
      seen[index] = true;
      p[index] = confidence(choice, i);
    }
    return p;
  }

  private static int indexOf(JsonNode choice, int position, int n) throws ModelException {
    if (choice == null || !choice.isObject()) {
      throw Answers.bad("choices[" + position + "] is not an object");
    }
    JsonNode index = choice.get("index");
    if (index == null) {
      return position;
    }
    if (!index.canConvertToInt() || !index.isIntegralNumber() || index.intValue() < 0
        || index.intValue() >= n) {
      throw Answers.bad("choices[" + position + "].index is out of range");
    }
    return index.intValue();
  }

  private static double confidence(JsonNode choice, int i) throws ModelException {
    JsonNode top = choice.path("logprobs").path("top_logprobs");
    if (!top.isArray() || top.isEmpty() || !top.get(0).isObject()) {
      throw Answers.bad("choices[" + i + "].logprobs.top_logprobs[0] is missing");
    }
    double pTrue = 0.0;
    double pFalse = 0.0;
    for (Iterator<Map.Entry<String, JsonNode>> it = top.get(0).fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode lp = e.getValue();
      if (!lp.isNumber() || !Double.isFinite(lp.doubleValue()) || lp.doubleValue() > LOGPROB_SLACK) {
        throw Answers.bad("choices[" + i + "] has a logprob that is not a finite number <= 0");
      }
      String token = e.getKey();
      // Byte-level BPE writes the leading space into the token; some servers strip it.
      if (token.equals(" true") || token.equals("true")) {
        pTrue += Math.exp(Math.min(0.0, lp.doubleValue()));
      } else if (token.equals(" false") || token.equals("false")) {
        pFalse += Math.exp(Math.min(0.0, lp.doubleValue()));
      }
    }
    if (pTrue == 0.0 && pFalse == 0.0) {
      throw Answers.bad("choices[" + i + "] has neither true nor false among its top logprobs");
    }
    pTrue = Math.max(pTrue, MISSING_TOKEN_PROBABILITY);
    pFalse = Math.max(pFalse, MISSING_TOKEN_PROBABILITY);
    return pTrue / (pTrue + pFalse);
  }
}
