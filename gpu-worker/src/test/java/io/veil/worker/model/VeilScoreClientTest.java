package io.veil.worker.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VeilScoreClientTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "valid scores               | {\"p_true\": [0.97, 0.03, 0]}       | 0.97;0.03;0.0",
      "integer one is a number    | {\"p_true\": [1, 0.5, 0.25]}        | 1.0;0.5;0.25",
      "unknown keys are skipped   | {\"p_true\": [0.1, 0.2, 0.3], \"x\": 1} | 0.1;0.2;0.3",
  })
  void validAnswer_givesOneScorePerPrompt(String name, String body, String expected) throws Exception {
    double[] want = java.util.Arrays.stream(expected.split(";")).mapToDouble(Double::parseDouble).toArray();
    assertThat(VeilScoreClient.parse(body, 3)).containsExactly(want);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "html page              | <html>surprise</html>                 | not JSON",
      "empty body             | ''                                    | not a JSON object",
      "json array             | [0.5, 0.5, 0.5]                       | not a JSON object",
      "missing field          | {\"scores\": [0.5, 0.5, 0.5]}         | p_true is missing",
      "too few scores         | {\"p_true\": [0.5, 0.5]}              | 2 scores for 3 prompts",
      "too many scores        | {\"p_true\": [0.5, 0.5, 0.5, 0.5]}    | 4 scores for 3 prompts",
      "NaN literal            | {\"p_true\": [NaN, 0.5, 0.5]}         | not JSON",
      "above one              | {\"p_true\": [0.5, 1.7, 0.5]}         | p_true[1] is outside [0, 1]",
      "negative               | {\"p_true\": [0.5, 0.5, -0.1]}        | p_true[2] is outside [0, 1]",
      "null score             | {\"p_true\": [null, 0.5, 0.5]}        | p_true[0] is not a number",
      "string score           | {\"p_true\": [\"0.5\", 0.5, 0.5]}     | p_true[0] is not a number",
      "trailing garbage       | {\"p_true\": [0.5, 0.5, 0.5]} extra   | not JSON",
  })
  void garbageAnswer_isBadAnswer_namingTheRule(String name, String body, String rule) {
    assertThatThrownBy(() -> VeilScoreClient.parse(body, 3))
        .isInstanceOfSatisfying(ModelException.class,
            e -> assertThat(e.kind()).isEqualTo(ModelException.Kind.BAD_ANSWER))
        .hasMessageContaining(rule);
  }
}
