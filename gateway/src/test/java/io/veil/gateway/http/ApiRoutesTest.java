package io.veil.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.veil.gateway.testing.BrokenDispatcher;
import io.veil.protocol.Category;
import io.veil.gateway.testing.EmbeddedDispatcher;
import io.veil.gateway.testing.Fixtures;
import io.veil.gateway.testing.HttpHarness;
import io.vertx.core.Vertx;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every API route through the real HTTP server, with the embedded detector behind it. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 30, timeUnit = TimeUnit.SECONDS)
class ApiRoutesTest {

  private static final String EMAIL = "jane.doe@example.com";
  private HttpHarness gw;

  @AfterEach
  void stop() {
    if (gw != null) {
      gw.close();
    }
  }

  private HttpHarness start(Vertx vertx) throws Exception {
    gw = HttpHarness.start(vertx, Fixtures.config(), new EmbeddedDispatcher());
    return gw;
  }

  @Test
  void filter_returnsTheRedactedEvent_findings_andNotDegraded(Vertx vertx) throws Exception {
    String event = "{\"id\":\"e1\",\"user\":{\"email\":\"" + EMAIL + "\"},\"n\":12345678901234567890}";
    HttpResponse<String> r = start(vertx).post("/v1/filter", "application/json", event);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"event\":{\"id\":\"e1\",\"user\":{\"email\":"
        + "\"[REDACTED:email]\"},\"n\":12345678901234567890},\"findings\":[{\"path\":"
        + "\"$.user.email\",\"category\":\"email\",\"confidence_score\":"
        + Fixtures.confidence(EMAIL, Category.EMAIL, "$.user.email") + ",\"action\":"
        + "\"redacted\"}],\"degraded\":false}");
  }

  @Test
  void filterBatch_answersOneLinePerLine_inOrder_withErrorLinesForBadOnes(Vertx vertx)
      throws Exception {
    String body = "{\"a\":\"" + EMAIL + "\"}\n{\"broken\": \n{\"b\":\"ok\"}\r\n";
    HttpResponse<String> r = start(vertx).post("/v1/filter/batch", "application/x-ndjson", body);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
    String[] lines = r.body().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).contains("[REDACTED:email]").doesNotContain(EMAIL);
    JsonNode err = Fixtures.MAPPER.readTree(lines[1]).get("error");
    assertThat(err.get("code").textValue()).isEqualTo("truncated_json");
    assertThat(err.get("line").intValue()).isEqualTo(2);
    assertThat(Fixtures.MAPPER.readTree(lines[2]).at("/event/b").textValue()).isEqualTo("ok");
  }

  @Test
  void classify_answersExactlyTheTwoKeys(Vertx vertx) throws Exception {
    HttpResponse<String> r = start(vertx).post("/v1/classify", "application/json",
        "{\"content\":\"write to " + EMAIL + "\",\"category\":\"email\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"is_sensitive\":true,\"confidence_score\":"
        + Fixtures.confidence("write to " + EMAIL, Category.EMAIL, null) + "}");
  }

  @Test
  void classify_acceptsCategoryAsNameAndDescription(Vertx vertx) throws Exception {
    HttpResponse<String> r = start(vertx).post("/v1/classify", "application/json",
        "{\"content\":\"nothing here\",\"category\":{\"name\":\"email\",\"desc\":\"Emails.\"}}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"is_sensitive\":false,\"confidence_score\":"
        + Fixtures.confidence("nothing here", Category.EMAIL, null) + "}");
  }

  @Test
  void classifyBatch_answersInOrder(Vertx vertx) throws Exception {
    HttpResponse<String> r = start(vertx).post("/v1/classify/batch", "application/json",
        "{\"items\":[{\"content\":\"" + EMAIL + "\",\"category\":\"email\"},"
            + "{\"content\":\"hello\",\"category\":\"email\"}]}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"results\":[{\"is_sensitive\":true,\"confidence_score\":"
        + Fixtures.confidence(EMAIL, Category.EMAIL, null) + "},{\"is_sensitive\":false,"
        + "\"confidence_score\":" + Fixtures.confidence("hello", Category.EMAIL, null) + "}]}");
  }

  @Test
  void classifyBatch_over1000Items_is400(Vertx vertx) throws Exception {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      items.add("{\"content\":\"x\",\"category\":\"email\"}");
    }
    HttpResponse<String> r = start(vertx).post("/v1/classify/batch", "application/json",
        "{\"items\":[" + String.join(",", items) + "]}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("\"code\":\"too_many_items\"").contains("\"field\":\"$.items\"");
  }

  @Test
  void classify_withoutValidAnswer_is503_notAGuess(Vertx vertx) throws Exception {
    gw = HttpHarness.start(vertx, Fixtures.config(), BrokenDispatcher.noWorker());
    HttpResponse<String> r = gw.post("/v1/classify", "application/json",
        "{\"content\":\"" + EMAIL + "\",\"category\":\"email\"}");
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(r.body()).contains("\"code\":\"no_decision\"").doesNotContain(EMAIL);
  }

  @Test
  void filter_whenWorkersFail_redactsAndSaysDegraded(Vertx vertx) throws Exception {
    gw = HttpHarness.start(vertx, Fixtures.config(), BrokenDispatcher.timeout(100));
    HttpResponse<String> r = gw.post("/v1/filter", "application/json",
        "{\"e\":\"" + EMAIL + "\",\"ok\":\"fine\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode out = Fixtures.MAPPER.readTree(r.body());
    assertThat(out.get("degraded").booleanValue()).isTrue();
    assertThat(out.at("/event/e").textValue()).isEqualTo("[REDACTED:email]");
    assertThat(out.at("/event/ok").textValue()).isEqualTo("fine");
    assertThat(out.at("/findings/0/action").textValue()).isEqualTo("redacted_failsafe");
  }

  @Test
  void unknownRoute_getsTheErrorShape(Vertx vertx) throws Exception {
    HttpResponse<String> r = start(vertx).post("/v1/nothing", "application/json", "{}");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("\"code\":\"not_found\"");
  }
}
