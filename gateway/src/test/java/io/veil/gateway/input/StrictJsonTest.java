package io.veil.gateway.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veil.gateway.config.GatewayConfig;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Strict reading: exact round trips and one code per broken rule. */
class StrictJsonTest {

  private final StrictJson json = new StrictJson(GatewayConfig.defaults().limits());

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"b\":1,\"a\":2,\"c\":{\"z\":[],\"y\":{}}}",
      "12345678901234567890",
      "[1.10,-0.500,1E+400,9223372036854775808,-9223372036854775809]",
      "\"a\\u0000b\\\"c\"",
      "{\"k\":null,\"t\":true,\"f\":false}"})
  void validJson_roundTripsExactly(String text) {
    assertThat(json.write(json.read(b(text)))).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"a\":1,\"a\":2}|duplicate_key|$.a",
      "{\"a\":[1,2|truncated_json|$.a[1]",
      "{\"a\" 1}|malformed_json|$.a",
      "[1]]|malformed_json|$",
      "'  '|empty_body|"})
  void brokenJson_isRejectedWithItsCodeAndField(String text, String code, String field) {
    assertThatThrownBy(() -> json.read(b(text.replace("'", ""))))
        .isInstanceOfSatisfying(BadInputException.class, e -> {
          assertThat(e.code()).isEqualTo(code);
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.field()).isEqualTo(field);
        });
  }

  @Test
  void keysThatCouldBeValues_areHiddenInErrorPaths() {
    assertThatThrownBy(() -> json.read(b("{\"jane@example.com\":1,\"jane@example.com\":2}")))
        .isInstanceOfSatisfying(BadInputException.class,
            e -> assertThat(e.field()).isEqualTo("$['*']"));
  }

  @Test
  void nestedJson_thatIsNotAContainer_isNotWalkedInside() {
    assertThat(json.readNested("\"just a string\"", 0, new StrictJson.Budget(10))).isNull();
    assertThat(json.readNested("{broken", 0, new StrictJson.Budget(10))).isNull();
    assertThat(json.readNested("{\"a\":1}", 0, new StrictJson.Budget(10))).isNotNull();
  }
}
