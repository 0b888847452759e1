package io.veil.gateway.filter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.veil.gateway.testing.EmbeddedDispatcher;
import io.veil.gateway.testing.Fixtures;
import io.veil.protocol.Category;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each category redacted by the real embedded detector in nested JSON, in a URL parameter and in
 * JSON inside a string, with the other values left as they were.
 */
class CategoryRedactionTest {

  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of(Category.EMAIL, "email", "maria.garcia@gmail.com"),
        Arguments.of(Category.PHONE, "phone", "+1 415-555-2671"),
        Arguments.of(Category.CREDIT_CARD, "card_number", "4111 1111 1111 1111"),
        Arguments.of(Category.PASSPORT, "passport_no", "X12345678"),
        Arguments.of(Category.SSN, "ssn", "536-22-1234"),
        Arguments.of(Category.ITIN, "itin", "912-70-1234"),
        Arguments.of(Category.DRIVERS_LICENSE, "drivers_license", "D1234567"),
        Arguments.of(Category.BANK_ACCOUNT, "account_number", "123456789012"),
        Arguments.of(Category.ROUTING_NUMBER, "routing_number", "021000021"));
  }

  private static FilterResult filter(String json) throws Exception {
    return Fixtures.run(Fixtures.filter(Fixtures.config(), new EmbeddedDispatcher(),
        Fixtures.registry()), json);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void nestedJson_valueIsRedacted_siblingsStay(Category c, String key, String value)
      throws Exception {
    FilterResult r = filter("{\"user\":{\"name\":\"Ann\",\"" + key + "\":\"" + value
        + "\",\"plan\":\"gold\"}}");
    assertThat(r.event().at("/user/" + key).textValue()).doesNotContain(value)
        .startsWith("[REDACTED:");
    assertThat(r.event().at("/user/name").textValue()).isEqualTo("Ann");
    assertThat(r.event().at("/user/plan").textValue()).isEqualTo("gold");
    assertThat(r.findings()).extracting(FilterFinding::category).contains(c);
    assertThat(r.findings()).extracting(FilterFinding::path).containsOnly("$.user." + key);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void urlParameter_valueIsRedacted_otherParametersStay(Category c, String key, String value)
      throws Exception {
    String url = "https://forms.test/submit?lang=en&" + key + "="
        + URLEncoder.encode(value, StandardCharsets.UTF_8) + "&step=2";
    FilterResult r = filter("{\"page_url\":\"" + url + "\"}");
    String out = r.event().get("page_url").textValue();
    assertThat(out).startsWith("https://forms.test/submit?lang=en&" + key + "=[REDACTED:")
        .endsWith("]&step=2");
    assertThat(r.findings()).extracting(FilterFinding::category).contains(c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void jsonInsideString_valueIsRedacted_andItStaysJson(Category c, String key, String value)
      throws Exception {
    String inner = "{\"" + key + "\":\"" + value + "\",\"n\":7}";
    FilterResult r = filter("{\"payload\":" + Fixtures.MAPPER.writeValueAsString(inner) + "}");
    JsonNode parsed = Fixtures.MAPPER.readTree(r.event().get("payload").textValue());
    assertThat(parsed.get(key).textValue()).doesNotContain(value).startsWith("[REDACTED:");
    assertThat(parsed.get("n").intValue()).isEqualTo(7);
    assertThat(r.findings()).extracting(FilterFinding::category).contains(c);
  }

  @Test
  void cardNumberSentAsJsonNumber_isStillACardNumber() throws Exception {
    FilterResult r = filter("{\"card_number\":4111111111111111,\"qty\":2}");
    assertThat(r.event().get("card_number").textValue()).isEqualTo("[REDACTED:credit_card]");
    assertThat(r.event().get("qty").isNumber()).isTrue();
  }
}
