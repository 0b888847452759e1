package io.veil.gateway.filter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.veil.gateway.config.GatewayConfig;
import io.veil.gateway.testing.EmbeddedDispatcher;
import io.veil.gateway.testing.Fixtures;
import io.veil.protocol.Category;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Filtering with the real embedded detector behind an in-process test dispatcher. */
class EventFilterTest {

  private static final String EMAIL = "jane.doe@example.com";

  private FilterResult filter(GatewayConfig c, String json) throws Exception {
    return Fixtures.run(Fixtures.filter(c, new EmbeddedDispatcher(), Fixtures.registry()), json);
  }

  private FilterResult filter(String json) throws Exception {
    return filter(Fixtures.config(), json);
  }

  @Test
  void nestedEmail_isReplaced_andEverythingElseIsTheSameJson() throws Exception {
    String in = "{\"z\":1,\"user\":{\"name\":\"Jane\",\"email\":\"" + EMAIL + "\",\"big\":"
        + "12345678901234567890,\"f\":1.10,\"e\":1E+400},\"a\":[true,null,-0.5],\"m\":{}}";
    FilterResult r = filter(in);
    assertThat(Fixtures.write(Fixtures.config(), r.event())).isEqualTo(
        in.replace(EMAIL, "[REDACTED:email]"));
    assertThat(r.degraded()).isFalse();
    assertThat(r.findings()).containsExactly(
        new FilterFinding("$.user.email", Category.EMAIL,
            Fixtures.confidence(EMAIL, Category.EMAIL, "$.user.email"), "redacted"));
  }

  @Test
  void emailInsideText_onlyItsSpanIsReplaced() throws Exception {
    FilterResult r = filter("{\"note\":\"mail " + EMAIL + " today\"}");
    assertThat(r.event().get("note").textValue()).isEqualTo("mail [REDACTED:email] today");
  }

  @Test
  void urlParameter_isRedacted_andTheOtherParametersStayExactly() throws Exception {
    FilterResult r = filter("{\"page_url\":\"https://shop.test/p?q=red%20shoes&email="
        + "jane.doe%40example.com&page=2#top\"}");
    assertThat(r.event().get("page_url").textValue())
        .isEqualTo("https://shop.test/p?q=red%20shoes&email=[REDACTED:email]&page=2#top");
    assertThat(r.findings()).extracting(FilterFinding::path).containsExactly("$.page_url");
  }

  @Test
  void bareQueryString_isWalkedParameterByParameter() throws Exception {
    FilterResult r = filter("{\"qs\":\"a=1&to=" + EMAIL + "&b=x\"}");
    assertThat(r.event().get("qs").textValue()).isEqualTo("a=1&to=[REDACTED:email]&b=x");
  }

  @Test
  void jsonInsideString_isRedactedInside_andStaysValidJson() throws Exception {
    String inner = "{\"user\":{\"email\":\"" + EMAIL + "\"},\"n\":12345678901234567890}";
    FilterResult r = filter("{\"payload\":" + Fixtures.MAPPER.writeValueAsString(inner) + "}");
    JsonNode parsed = Fixtures.MAPPER.readTree(r.event().get("payload").textValue());
    assertThat(parsed.at("/user/email").textValue()).isEqualTo("[REDACTED:email]");
    assertThat(r.event().get("payload").textValue()).contains("12345678901234567890");
    assertThat(r.findings()).extracting(FilterFinding::path)
        .containsExactly("$.payload.user.email");
  }

  @Test
  void urlInsideJsonInsideString_isRedacted() throws Exception {
    String inner = "{\"link\":\"https://x.test/?u=" + EMAIL + "&k=v\"}";
    FilterResult r = filter("{\"p\":" + Fixtures.MAPPER.writeValueAsString(inner) + "}");
    JsonNode parsed = Fixtures.MAPPER.readTree(r.event().get("p").textValue());
    assertThat(parsed.get("link").textValue()).isEqualTo("https://x.test/?u=[REDACTED:email]&k=v");
  }

  @Test
  void sensitiveKey_isRenamedInPlace_andItsPathDoesNotShowIt() throws Exception {
    FilterResult r = filter("{\"a\":1,\"" + EMAIL + "\":{\"x\":true},\"b\":2}");
    List<String> keys = new ArrayList<>();
    r.event().fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("a", "[REDACTED:email]", "b");
    assertThat(r.event().get("[REDACTED:email]").get("x").booleanValue()).isTrue();
    assertThat(r.findings()).extracting(FilterFinding::path).containsExactly("$['*']");
  }

  @Test
  void twoSensitiveKeys_inOneObject_bothSurviveWithDistinctNames() throws Exception {
    FilterResult r = filter("{\"a@example.com\":1,\"b@example.com\":2}");
    List<String> keys = new ArrayList<>();
    r.event().fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("[REDACTED:email]", "[REDACTED:email]#2");
  }

  @Test
  void dropMode_removesTheFieldAndTheUrlParameter() throws Exception {
    GatewayConfig c = Fixtures.config("VEIL_REDACTION_EMAIL", "drop");
    FilterResult r = filter(c, "{\"a\":1,\"email\":\"" + EMAIL + "\",\"u\":\"https://x.test/?"
        + "q=1&e=" + EMAIL + "&z=2\",\"arr\":[\"" + EMAIL + "\",\"ok\"]}");
    assertThat(Fixtures.write(c, r.event()))
        .isEqualTo("{\"a\":1,\"u\":\"https://x.test/?q=1&z=2\",\"arr\":[null,\"ok\"]}");
    assertThat(r.findings()).extracting(FilterFinding::action).containsOnly("dropped");
  }

  @Test
  void hashMode_isKeyed_andEqualValuesJoin() throws Exception {
    GatewayConfig c = Fixtures.config("VEIL_REDACTION_EMAIL", "hash", "VEIL_HMAC_KEY",
        Fixtures.HMAC_KEY);
    FilterResult r = filter(c, "{\"a\":\"" + EMAIL + "\",\"b\":\"to " + EMAIL + "\"}");
    String a = r.event().get("a").textValue();
    assertThat(a).matches("\\[HASH:[0-9a-f]{32}\\]");
    assertThat(r.event().get("b").textValue()).isEqualTo("to " + a);
    GatewayConfig other = Fixtures.config("VEIL_REDACTION_EMAIL", "hash", "VEIL_HMAC_KEY",
        "another-key-0123456789");
    assertThat(filter(other, "{\"a\":\"" + EMAIL + "\"}").event().get("a").textValue())
        .isNotEqualTo(a);
    assertThat(r.findings()).extracting(FilterFinding::action).containsOnly("hashed");
  }

  @Test
  void maskMode_keepsOnlyTheLastFour() throws Exception {
    GatewayConfig c = Fixtures.config("VEIL_REDACTION_EMAIL", "mask_last4");
    FilterResult r = filter(c, "{\"a\":\"x " + EMAIL + "\"}");
    assertThat(r.event().get("a").textValue()).isEqualTo("x " + "*".repeat(16) + ".com");
  }

  @Test
  void eventWithoutCandidates_isReturnedUnchanged() throws Exception {
    String in = "{\"msg\":\"hello\",\"ok\":true,\"list\":[\"a\",\"b\"]}";
    FilterResult r = filter(in);
    assertThat(Fixtures.write(Fixtures.config(), r.event())).isEqualTo(in);
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void numbersFlaggedButNotSensitive_areKeptAsNumbers() throws Exception {
    String in = "{\"n\":12345678901234567890,\"d\":3.14000,\"i\":-7}";
    assertThat(Fixtures.write(Fixtures.config(), filter(in).event())).isEqualTo(in);
  }
}
