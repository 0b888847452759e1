package io.veil.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veil.loadtest.corpus.CorpusEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input table through the packaged gateway process (real HTTP, one real worker): each
 * hostile body gets its documented status and {@code {"error":{"code","message","field"}}}
 * (openapi.yaml), the error never echoes the planted values inside the body, and the gateway
 * stays healthy after each. Then the worker is killed (fail-safe answers) and everything the
 * processes wrote, the metrics and every error body are scanned for the planted values.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(120)
class BadInputIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Short, so that the slow-body cases end quickly; the default is 10 s. */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);
  private static final PlantedEvents PLANTED = new PlantedEvents(11);
  private static final CorpusEvent SAMPLE = PLANTED.event(0);
  private static final String SSN = SAMPLE.planted().get(0).value();
  private static final String EMAIL = SAMPLE.planted().get(2).value();

  private Fleet fleet;
  private Process worker;
  private final List<String> errorBodies = new ArrayList<>();

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    fleet = new Fleet(dir, "bad-input");
    int port = Fleet.freePort();
    fleet.writeInventory(List.of(new Fleet.Entry("w1", port)));
    worker = fleet.worker("w1", port);
    fleet.startGateway(Map.of("VEIL_LIMITS_REQUEST_TIMEOUT_MS",
        String.valueOf(REQUEST_TIMEOUT.toMillis()), "VEIL_AUDIT_LOG",
        dir.resolve("audit.jsonl").toString()));
    Fleet.await(() -> fleet.status("/health/ready") == 200, Duration.ofSeconds(60), "ready");
  }

  @AfterAll
  void stop() throws Exception {
    if (fleet != null) {
      fleet.close();
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  private static byte[] repeat(String unit, int times, String head, String tail) {
    return bytes(head + unit.repeat(times) + tail);
  }

  static Stream<Arguments> table() {
    String digits = SSN.replace("-", "") + "7".repeat(1_000_000 - 9);
    return Stream.of(
        Arguments.of("empty body", "application/json", new byte[0], 400, "empty_body"),
        Arguments.of("not JSON", "application/json", bytes("ssn " + SSN + " please"), 400,
            "malformed_json"),
        Arguments.of("truncated JSON", "application/json",
            bytes("{\"user\":{\"ssn\":\"" + SSN + "\""), 400, "truncated_json"),
        Arguments.of("bad UTF-8", "application/json", concat(bytes("{\"email\":\"" + EMAIL),
            new byte[] {(byte) 0xC3, 0x28}, bytes("\"}")), 400, "bad_utf8"),
        Arguments.of("10 MB body", "application/json",
            repeat("x", 10 << 20, "{\"a\":\"", "\"}"), 413, "body_too_large"),
        Arguments.of("depth 10,000", "application/json", repeat("[", 10_000, "", "]"
            .repeat(10_000)), 400, "too_deep"),
        Arguments.of("1,000,000 tiny fields (2 MB)", "application/json",
            repeat("0,", 999_999, "[", "0]"), 413, "body_too_large"),
        Arguments.of("100,000 tiny fields (200 KB)", "application/json",
            repeat("0,", 99_999, "[", "0]"), 400, "too_many_fields"),
        Arguments.of("1 MB string of digits", "application/json",
            bytes("{\"n\":\"" + digits + "\"}"), 400, "value_too_long"),
        Arguments.of("raw NUL byte in a string", "application/json",
            bytes("{\"ssn\":\"" + SSN + "\u0000\"}"), 400, "malformed_json"),
        Arguments.of("100,000-digit number", "application/json",
            repeat("9", 100_000, "{\"n\":", "}"), 400, "value_too_long"),
        Arguments.of("number with a huge exponent (found by fuzzing)", "application/json",
            bytes("{\"card_number\":4e41111111111111}"), 400, "malformed_json"),
        Arguments.of("duplicate keys", "application/json",
            bytes("{\"ssn\":\"" + SSN + "\",\"ssn\":\"x\"}"), 400, "duplicate_key"),
        Arguments.of("wrong content type", "text/plain",
            bytes("{\"email\":\"" + EMAIL + "\"}"), 400, "unsupported_content_type"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  @Order(1)
  void badInput_getsItsStatusAndError_neverEchoes_andTheGatewayStaysHealthy(String name,
      String type, byte[] body, int status, String code) throws Exception {
    RawHttp.Answer a = RawHttp.exchange(fleet.apiPort(),
        RawHttp.post("/v1/filter", type, body.length), body, Duration.ZERO,
        Duration.ofSeconds(10));
    assertError(a, status, code);
    assertHealthy();
  }

  @Test
  @Order(2)
  void acceptedOddities_nulEscapeAndHugeNumbers_areFilteredNormally() throws Exception {
    String body = fleet.filter("{\"a\":\"x\\u0000y\",\"email\":\"" + EMAIL
        + "\",\"big\":1e400,\"n\":123456789012345678901234567890}").body();
    JsonNode out = JSON.readTree(body);
    assertThat(out.at("/event/a").textValue()).isEqualTo("x\u0000y");
    assertThat(out.at("/event/email").textValue()).isEqualTo("[REDACTED:email]");
    // Exact, though not as written: 1e400 comes back as 1E+400 (a double would be Infinity).
    assertThat(body).contains("\"big\":1E+400");
    assertThat(out.at("/event/n").bigIntegerValue()).hasToString("123456789012345678901234567890");
  }

  @Test
  @Order(3)
  void slowBody_aByteEvery200ms_gets408WithinTheRequestTimeout() throws Exception {
    byte[] body = bytes("{\"ssn\":\"" + SSN + "\",\"pad\":\"" + "x".repeat(200) + "\"}");
    long start = System.nanoTime();
    RawHttp.Answer a = RawHttp.exchange(fleet.apiPort(),
        RawHttp.post("/v1/filter", "application/json", body.length), body,
        Duration.ofMillis(200), Duration.ofSeconds(15));
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    assertError(a, 408, "request_timeout");
    assertThat(tookMs).isLessThan(REQUEST_TIMEOUT.toMillis() + 3_000);
    assertHealthy();
  }

  @Test
  @Order(4)
  void slowHeaders_aByteEvery200ms_areCutOffWithinTheRequestTimeout() throws Exception {
    byte[] request = bytes(RawHttp.post("/v1/filter", "application/json", 2) + "{}");
    long start = System.nanoTime();
    RawHttp.Answer a = RawHttp.exchange(fleet.apiPort(), "", request, Duration.ofMillis(200),
        Duration.ofSeconds(30));
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    // The whole request would take 200 ms x its length (~20 s) to trickle in; the server must
    // close the connection (or answer 408) long before.
    assertThat(a.status()).isIn(-1, 408);
    assertThat(tookMs).isLessThan(REQUEST_TIMEOUT.toMillis() + 5_000)
        .isLessThan(request.length * 200L / 2);
    assertHealthy();
  }

  @Test
  @Order(5)
  void killedWorker_failSafe_redactsEverythingFlagged() throws Exception {
    Fleet.killHard(worker);
    for (int i = 1; i <= 5; i++) {
      CorpusEvent e = PLANTED.event(i);
      var r = fleet.post("/v1/filter", "application/json", e.body());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(LeakScan.find("fail-safe answer", r.body(), e.planted())).isEmpty();
      assertThat(JSON.readTree(r.body()).get("degraded").booleanValue()).isTrue();
    }
    var classify = fleet.post("/v1/classify", "application/json",
        bytes("{\"content\":\"" + SSN + "\",\"category\":\"ssn\"}"));
    assertThat(classify.statusCode()).isEqualTo(503);
    assertThat(classify.headers().firstValue("Retry-After")).isPresent();
    errorBodies.add(classify.body());
  }

  @Test
  @Order(6)
  void noLogLineMetricOrErrorBody_holdsAPlantedValue() throws Exception {
    List<String> found = new ArrayList<>();
    found.addAll(LeakScan.find("process output or audit log", fleet.everythingWritten(),
        PLANTED.all()));
    found.addAll(LeakScan.find("/metrics", fleet.management("/metrics"), PLANTED.all()));
    found.addAll(LeakScan.find("error bodies", String.join("\n", errorBodies), PLANTED.all()));
    assertThat(found).isEmpty();
    assertThat(fleet.everythingWritten()).contains("fail-safe redaction");
  }

  private void assertError(RawHttp.Answer a, int status, String code) throws Exception {
    assertThat(a.status()).as(a.head()).isEqualTo(status);
    assertThat(a.header("Content-Type")).startsWith("application/json");
    JsonNode error = JSON.readTree(a.body()).get("error");
    assertThat(error).isNotNull();
    assertThat(error.get("code").textValue()).isEqualTo(code);
    assertThat(error.get("message").textValue()).isNotBlank();
    assertThat(error.has("field")).isTrue();
    errorBodies.add(a.body());
    assertThat(LeakScan.find("error body", a.body(), PLANTED.all())).isEmpty();
  }

  private void assertHealthy() throws Exception {
    assertThat(fleet.status("/health/live")).isEqualTo(200);
    var r = fleet.filter("{\"user\":{\"email\":\"" + EMAIL + "\"}}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).doesNotContain(EMAIL).contains("[REDACTED:email]");
  }
}
