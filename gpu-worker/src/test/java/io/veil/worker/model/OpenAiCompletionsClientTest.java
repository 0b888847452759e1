package io.veil.worker.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenAiCompletionsClientTest {

  /** One choice whose top logprobs are the given JSON object. */
  private static String answer(String top) {
    return "{\"choices\": [{\"index\": 0, \"text\": \" true\", \"logprobs\": {\"top_logprobs\": ["
        + top + "]}}]}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // ln 0.6 = -0.5108, ln 0.2 = -1.6094: 0.6 / (0.6 + 0.2) = 0.75
      "leading-space tokens     | {\" true\": -0.5108256, \" false\": -1.6094379, \" maybe\": -3} | 0.75",
      "bare tokens              | {\"true\": -0.5108256, \"false\": -1.6094379}                 | 0.75",
      "both spellings summed    | {\" true\": -1.2039728, \"true\": -1.2039728, \" false\": -1.6094379} | 0.75",
      "false missing            | {\" true\": -0.1, \" yes\": -3}                              | 1.0",
      "true missing             | {\" false\": -0.1, \" no\": -3}                              | 0.0",
      "capitalised is not true  | {\" True\": -0.01, \" false\": -5}                           | 0.0",
  })
  void confidence_isTrueOverTrueAndFalse(String name, String top, double expected) throws Exception {
    assertThat(OpenAiCompletionsClient.parse(answer(top), 1)[0]).isCloseTo(expected, within(1e-6));
  }

  @Test
  void choices_arePlacedByTheirIndex() throws Exception {
    String body = "{\"choices\": ["
        + "{\"index\": 1, \"logprobs\": {\"top_logprobs\": [{\" true\": -0.01, \" false\": -9}]}},"
        + "{\"index\": 0, \"logprobs\": {\"top_logprobs\": [{\" true\": -9, \" false\": -0.01}]}}]}";
    double[] p = OpenAiCompletionsClient.parse(body, 2);
    assertThat(p[0]).isLessThan(0.01);
    assertThat(p[1]).isGreaterThan(0.99);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "not json                 | <html>             | not JSON",
      "neither answer token     | {\" yes\": -0.1}    | neither true nor false",
      "positive logprob         | {\" true\": 0.5}    | finite number <= 0",
      "string logprob           | {\" true\": \"x\"}  | finite number <= 0",
  })
  void garbageTopLogprobs_isBadAnswer(String name, String top, String rule) {
    String body = top.startsWith("{") ? answer(top) : top;
    assertThatThrownBy(() -> OpenAiCompletionsClient.parse(body, 1))
        .isInstanceOfSatisfying(ModelException.class,
            e -> assertThat(e.kind()).isEqualTo(ModelException.Kind.BAD_ANSWER))
        .hasMessageContaining(rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "no choices field    | {\"id\": \"x\"}                                                 | choices is missing",
      "wrong count         | {\"choices\": []}                                               | 0 entries for 1 prompts",
      "no logprobs         | {\"choices\": [{\"index\": 0, \"text\": \"{\"}]}                | top_logprobs[0] is missing",
      "index out of range  | {\"choices\": [{\"index\": 4, \"logprobs\": {\"top_logprobs\": [{\" true\": -1}]}}]} | index is out of range",
  })
  void malformedChoices_isBadAnswer(String name, String body, String rule) {
    assertThatThrownBy(() -> OpenAiCompletionsClient.parse(body, 1))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining(rule);
  }

  @Test
  void duplicateIndex_isBadAnswer() {
    String choice = "{\"index\": 0, \"logprobs\": {\"top_logprobs\": [{\" true\": -1}]}}";
    assertThatThrownBy(() -> OpenAiCompletionsClient.parse(
        "{\"choices\": [" + choice + "," + choice + "]}", 2))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("repeats");
  }
}
