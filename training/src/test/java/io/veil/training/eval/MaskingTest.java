package io.veil.training.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "passport=X12345678|xxxxxxxx=x########",
      "{\"ssn\":\"123-45-6789\"}|{\"xxx\":\"###-##-####\"}",
      "４１１１ １１１１|#### ####",
      "a\u200Bb|x~x",
      "护照号码 G1234|xxxx x####",
      "maria%40gmail.com|xxxxx%##xxxxx.xxx"})
  void masking_keepsShapeAndHidesEveryLetterAndDigit(String in, String expected) {
    assertThat(Masking.mask(in)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"4111111111111111", "john.smith@example.com", "G12345678"})
  void maskedText_containsNoLetterOrDigit(String value) {
    assertThat(Masking.mask("value " + value + " end")).doesNotContainPattern("[A-Za-wyz0-9]");
  }

  @org.junit.jupiter.api.Test
  void longContent_isCut() {
    assertThat(Masking.mask("a".repeat(5000))).hasSize(Masking.MAX + 1).endsWith("…");
  }
}
