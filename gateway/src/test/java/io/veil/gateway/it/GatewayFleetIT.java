package io.veil.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real HTTP to the packaged gateway process, real ZeroMQ to two packaged worker processes:
 * redaction in nested JSON, URLs and JSON inside strings; bad input; then the workers are killed
 * (fail-safe, never fail open), a new worker is added by editing the inventory (reload and
 * recovery), and nothing the tests planted shows up in any log or in the audit log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(120)
class GatewayFleetIT {

  private static final String EMAIL = "jane.doe@example.com";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  private Path dir;
  private Processes procs;
  private Process w1;
  private Process w2;
  private Path inventory;
  private int api;
  private int mgmt;

  @BeforeAll
  void startFleet(@TempDir Path tmp) throws Exception {
    dir = tmp;
    procs = new Processes(dir);
    int p1 = Processes.freePort();
    int p2 = Processes.freePort();
    inventory = dir.resolve("inventory.yaml");
    writeInventory(Map.of("w1", p1, "w2", p2));
    w1 = procs.worker("w1", p1);
    w2 = procs.worker("w2", p2);
    api = Processes.freePort();
    mgmt = Processes.freePort();
    procs.gateway(Map.of("VEIL_HTTP_PORT", String.valueOf(api),
        "VEIL_MANAGEMENT_PORT", String.valueOf(mgmt),
        "VEIL_AUDIT_LOG", dir.resolve("audit.jsonl").toString()),
        "--config", Path.of("..", "deploy", "gateway.yaml").toString(),
        "--inventory", inventory.toString());
    awaitReady(200, 60);
  }

  @AfterAll
  void stopFleet() throws Exception {
    if (procs != null) {
      procs.close();
    }
  }

  private void writeInventory(Map<String, Integer> workers) throws Exception {
    StringBuilder b = new StringBuilder("workers:\n");
    workers.forEach((name, port) -> b.append("  - name: ").append(name)
        .append("\n    host: localhost\n    endpoint: tcp://127.0.0.1:").append(port)
        .append("\n    gpu: null\n    backend: embedded\n    model: null\n"));
    Path tmp = dir.resolve("inventory.tmp");
    Files.writeString(tmp, b);
    Files.move(tmp, inventory, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  private HttpResponse<String> post(String path, String type, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api + path))
        .timeout(Duration.ofSeconds(10)).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private int ready() {
    try {
      return http.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + mgmt + "/health/ready"))
          .timeout(Duration.ofSeconds(2)).GET().build(),
          HttpResponse.BodyHandlers.ofString()).statusCode();
    } catch (Exception e) {
      return -1;
    }
  }

  private void awaitReady(int status, int seconds) throws InterruptedException {
    awaitTrue(s -> ready() == status, seconds, "/health/ready to answer " + status);
  }

  private static void awaitTrue(Predicate<Void> p, int seconds, String what)
      throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    while (!p.test(null)) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(200);
    }
  }

  private static String event() throws Exception {
    String inner = "{\"contact\":{\"email\":\"" + EMAIL + "\"},\"n\":12345678901234567890}";
    return "{\"id\":\"evt-1\",\"user\":{\"name\":\"Jane\",\"email\":\"" + EMAIL + "\"},"
        + "\"page_url\":\"https://shop.test/p?q=shoes&email=jane.doe%40example.com&page=2\","
        + "\"payload\":" + MAPPER.writeValueAsString(inner) + ",\"n\":12345678901234567890}";
  }

  @Test
  @Order(1)
  void liveWorkers_redactNestedJsonUrlsAndJsonInStrings() throws Exception {
    HttpResponse<String> r = post("/v1/filter", "application/json", event());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).doesNotContain("jane.doe");
    JsonNode out = MAPPER.readTree(r.body());
    assertThat(out.get("degraded").booleanValue()).isFalse();
    assertThat(out.at("/event/user/email").textValue()).isEqualTo("[REDACTED:email]");
    assertThat(out.at("/event/page_url").textValue())
        .isEqualTo("https://shop.test/p?q=shoes&email=[REDACTED:email]&page=2");
    JsonNode payload = MAPPER.readTree(out.at("/event/payload").textValue());
    assertThat(payload.at("/contact/email").textValue()).isEqualTo("[REDACTED:email]");
    assertThat(r.body()).contains("\"n\":12345678901234567890}");
    assertThat(out.get("findings").findValuesAsText("action")).containsOnly("redacted");
    assertThat(out.get("findings").findValuesAsText("path")).containsExactly(
        "$.user.email", "$.page_url", "$.payload.contact.email");
  }

  @Test
  @Order(2)
  void liveWorkers_classifyAndBatchesAnswer() throws Exception {
    assertThat(post("/v1/classify", "application/json",
        "{\"content\":\"" + EMAIL + "\",\"category\":\"email\"}").body())
        .matches("\\{\"is_sensitive\":true,\"confidence_score\":(0\\.[0-9]+|1\\.0)\\}");
    HttpResponse<String> batch = post("/v1/filter/batch", "application/x-ndjson",
        event() + "\nnot json\n" + event() + "\n");
    String[] lines = batch.body().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[1]).contains("\"code\":\"malformed_json\"").contains("\"line\":2");
    assertThat(batch.body()).doesNotContain("jane.doe");
  }

  @Test
  @Order(3)
  void badInput_getsItsError_andTheGatewayStaysReady() throws Exception {
    assertThat(post("/v1/filter", "application/json", "{\"a\":").statusCode()).isEqualTo(400);
    assertThat(post("/v1/filter", "text/plain", "{}").statusCode()).isEqualTo(400);
    assertThat(post("/v1/classify", "application/json",
        "{\"content\":\"x\",\"category\":\"blood_type\"}").body())
        .contains("\"code\":\"unknown_category\"");
    assertThat(ready()).isEqualTo(200);
  }

  @Test
  @Order(4)
  void killedWorkers_failSafe_redactEverythingFlagged_andSayDegraded() throws Exception {
    Processes.kill(w1);
    Processes.kill(w2);
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> r = post("/v1/filter", "application/json", event());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).doesNotContain("jane.doe").doesNotContain("example.com");
      JsonNode out = MAPPER.readTree(r.body());
      assertThat(out.get("degraded").booleanValue()).isTrue();
      assertThat(out.get("findings").findValuesAsText("action"))
          .contains("redacted_failsafe").containsOnly("redacted_failsafe");
    }
    awaitReady(503, 30);
    assertThat(post("/v1/classify", "application/json",
        "{\"content\":\"" + EMAIL + "\",\"category\":\"email\"}").statusCode()).isEqualTo(503);
  }

  @Test
  @Order(5)
  void newWorkerInTheInventory_isPickedUp_withoutRestartingTheGateway() throws Exception {
    int p3 = Processes.freePort();
    procs.worker("w3", p3);
    writeInventory(Map.of("w3", p3));
    awaitReady(200, 60);
    awaitTrue(v -> {
      try {
        return !MAPPER.readTree(post("/v1/filter", "application/json", event()).body())
            .get("degraded").booleanValue();
      } catch (Exception e) {
        return false;
      }
    }, 30, "an answer that is not degraded");
  }

  @Test
  @Order(6)
  void metricsCountTheFailSafe_andNoLogOrAuditLineHoldsAPlantedValue() throws Exception {
    String metrics = http.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + mgmt + "/metrics")).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body();
    assertThat(metrics).contains("veil_gateway_failsafe_events_total")
        .contains("veil_gateway_request_seconds_bucket").contains("jvm_memory_used_bytes")
        .doesNotContain("jane.doe");
    String audit = Files.readString(dir.resolve("audit.jsonl"));
    assertThat(audit).contains("\"event_id\":\"evt-1\"").contains("\"action\":\"redacted\"")
        .contains("\"action\":\"redacted_failsafe\"").doesNotContain("jane.doe");
    assertThat(procs.allLogs()).doesNotContain("jane.doe").doesNotContain("example.com");
  }
}
