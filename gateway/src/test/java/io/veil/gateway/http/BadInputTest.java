package io.veil.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.veil.gateway.testing.EmbeddedDispatcher;
import io.veil.gateway.testing.Fixtures;
import io.veil.gateway.testing.HttpHarness;
import io.vertx.core.Vertx;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bad-input table through the real HTTP server: each row gets its documented status and
 * error code, the error never echoes the planted value, and the server stays healthy.
 */
@ExtendWith(VertxExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
class BadInputTest {

  /** A value planted in bad bodies: no error may repeat it. */
  private static final String PLANT = "078-05-1120";
  private HttpHarness gw;

  record Row(String name, String path, String type, byte[] body, int status, String code,
      String field) {}

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @BeforeAll
  void start(Vertx vertx) throws Exception {
    gw = HttpHarness.start(vertx, Fixtures.config("VEIL_LIMITS_REQUEST_TIMEOUT_MS", "1000"),
        new EmbeddedDispatcher());
  }

  @AfterAll
  void stop() {
    gw.close();
  }

  static List<Row> rows() {
    String json = "application/json";
    ByteArrayOutputStream badUtf8 = new ByteArrayOutputStream();
    badUtf8.writeBytes(utf8("{\"ssn\":\"" + PLANT + " "));
    badUtf8.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
    badUtf8.writeBytes(utf8("\"}"));
    return List.of(
        new Row("empty body", "/v1/filter", json, new byte[0], 400, "empty_body", null),
        new Row("not JSON", "/v1/filter", json, utf8("ssn " + PLANT), 400, "malformed_json",
            null),
        new Row("truncated JSON", "/v1/filter", json, utf8("{\"a\":{\"ssn\":\"" + PLANT),
            400, "truncated_json", "$.a.ssn"),
        new Row("bad UTF-8", "/v1/filter", json, badUtf8.toByteArray(), 400, "bad_utf8",
            "$.ssn"),
        new Row("depth 10,000", "/v1/filter", json,
            utf8("[".repeat(10_000) + "]".repeat(10_000)), 400, "too_deep", null),
        new Row("200,000 tiny fields", "/v1/filter", json,
            utf8("[" + "0,".repeat(199_999) + "0]"), 400, "too_many_fields", null),
        new Row("1 MB string of digits", "/v1/filter", json,
            utf8("{\"d\":\"" + "7".repeat(1_000_000) + "\"}"), 400, "value_too_long", "$.d"),
        new Row("100,000-digit number", "/v1/filter", json,
            utf8("{\"n\":" + "9".repeat(100_000) + "}"), 400, "value_too_long", "$.n"),
        new Row("raw NUL byte in a string", "/v1/filter", json,
            utf8("{\"a\":\"x\u0000" + PLANT + "\"}"), 400, "malformed_json", "$.a"),
        new Row("duplicate keys", "/v1/filter", json,
            utf8("{\"ssn\":\"1\",\"ssn\":\"" + PLANT + "\"}"), 400, "duplicate_key", "$.ssn"),
        new Row("trailing garbage", "/v1/filter", json, utf8("{} {\"x\":\"" + PLANT + "\"}"),
            400, "malformed_json", null),
        new Row("wrong content type", "/v1/filter", "text/plain", utf8("{}"), 400,
            "unsupported_content_type", "Content-Type"),
        new Row("missing content type", "/v1/filter", null, utf8("{}"), 400,
            "unsupported_content_type", "Content-Type"),
        new Row("non-UTF-8 charset", "/v1/filter", "application/json; charset=latin1",
            utf8("{}"), 400, "unsupported_content_type", "Content-Type"),
        new Row("JSON to the NDJSON route", "/v1/filter/batch", json, utf8("{}"), 400,
            "unsupported_content_type", "Content-Type"),
        new Row("unknown category", "/v1/classify", json,
            utf8("{\"content\":\"" + PLANT + "\",\"category\":\"" + PLANT + "\"}"), 400,
            "unknown_category", "$.category"),
        new Row("unknown category name", "/v1/classify", json,
            utf8("{\"content\":\"x\",\"category\":{\"name\":\"blood_type\"}}"), 400,
            "unknown_category", "$.category.name"),
        new Row("content not a string", "/v1/classify", json,
            utf8("{\"content\":1,\"category\":\"ssn\"}"), 400, "wrong_type", "$.content"),
        new Row("missing content", "/v1/classify", json, utf8("{\"category\":\"ssn\"}"), 400,
            "missing_field", "$.content"),
        new Row("items not an array", "/v1/classify/batch", json, utf8("{\"items\":{}}"), 400,
            "missing_field", "$.items"));
  }

  @Test
  void everyBadInput_getsItsStatusAndCode_neverEchoesContent_andServerStaysHealthy()
      throws Exception {
    for (Row row : rows()) {
      HttpResponse<String> r = gw.post(row.path(), row.type(), row.body());
      assertThat(r.statusCode()).as(row.name()).isEqualTo(row.status());
      JsonNode err = Fixtures.MAPPER.readTree(r.body()).get("error");
      assertThat(err.get("code").textValue()).as(row.name()).isEqualTo(row.code());
      assertThat(err.get("message").textValue()).as(row.name()).isNotBlank();
      if (row.field() != null) {
        assertThat(err.get("field").textValue()).as(row.name()).isEqualTo(row.field());
      }
      assertThat(r.body()).as(row.name()).doesNotContain(PLANT).doesNotContain("7777777");
    }
    assertHealthy();
  }

  @Test
  void escapedNulAndHugeNumbers_areValid_andComeBackExactly() throws Exception {
    String in = "{\"a\":\"x\\u0000y\",\"big\":123456789012345678901234567890,\"e\":1E+400}";
    HttpResponse<String> r = gw.post("/v1/filter", "application/json", in);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).startsWith("{\"event\":" + in + ",");
  }

  @Test
  void tenMegabyteBody_is413_beforeItIsRead() throws Exception {
    String head = "POST /v1/filter HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
        + "\r\nContent-Length: " + (10 << 20) + "\r\n\r\n";
    String answer = gw.raw(head, utf8("{\"a\":\"" + PLANT), 0, 5000);
    assertThat(answer).startsWith("HTTP/1.1 413").contains("\"code\":\"body_too_large\"")
        .doesNotContain(PLANT);
    assertHealthy();
  }

  @Test
  void slowBody_getsRequestTimeout() throws Exception {
    String head = "POST /v1/filter HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
        + "\r\nContent-Length: 1000\r\n\r\n";
    long start = System.nanoTime();
    String answer = gw.raw(head, utf8("{\"a\":\"" + "x".repeat(60)), 100, 8000);
    assertThat(answer).startsWith("HTTP/1.1 408").contains("\"code\":\"request_timeout\"");
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(6000);
    assertHealthy();
  }

  private void assertHealthy() throws Exception {
    assertThat(gw.management("/health/live").statusCode()).isEqualTo(200);
    HttpResponse<String> ok = gw.post("/v1/filter", "application/json", "{\"a\":\"fine\"}");
    assertThat(ok.statusCode()).isEqualTo(200);
  }
}
