package io.veil.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.gateway.testing.BrokenDispatcher;
import io.veil.gateway.testing.EmbeddedDispatcher;
import io.veil.gateway.testing.Fixtures;
import io.veil.gateway.testing.HttpHarness;
import io.vertx.core.Vertx;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Secure defaults (bearer token, localhost bind) and load shedding with Retry-After. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 30, timeUnit = TimeUnit.SECONDS)
class AccessAndLoadTest {

  private static final String TOKEN = "s3cret-token-for-tests";
  private HttpHarness gw;

  @AfterEach
  void stop() {
    if (gw != null) {
      gw.close();
    }
  }

  @Test
  void defaults_bindLocalhostOnly_andNeedNoToken() {
    var c = Fixtures.config();
    assertThat(c.httpHost()).isEqualTo("127.0.0.1");
    assertThat(c.managementHost()).isEqualTo("127.0.0.1");
    assertThat(c.apiToken()).isEmpty();
  }

  @Test
  void withToken_missingOrWrongBearer_is401_andTheRightOneIsServed(Vertx vertx) throws Exception {
    gw = HttpHarness.start(vertx, Fixtures.config("VEIL_API_TOKEN", TOKEN),
        new EmbeddedDispatcher());
    HttpResponse<String> none = gw.post("/v1/filter", "application/json", "{}");
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(none.body()).contains("\"code\":\"unauthorized\"");
    HttpResponse<String> wrong = gw.post("/v1/filter", "application/json", "{}",
        "Authorization", "Bearer " + TOKEN + "x");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).doesNotContain(TOKEN);
    assertThat(gw.post("/v1/filter", "application/json", "{}", "Authorization",
        "Bearer " + TOKEN).statusCode()).isEqualTo(200);
    assertThat(gw.management("/health/live").statusCode()).isEqualTo(200);
  }

  @Test
  void pastTheInFlightLimit_is503WithRetryAfter_andItRecovers(Vertx vertx) throws Exception {
    CompletableFuture<Void> release = new CompletableFuture<>();
    gw = HttpHarness.start(vertx, Fixtures.config("VEIL_LIMITS_IN_FLIGHT_EVENTS", "2"),
        BrokenDispatcher.holding(release));
    byte[] event = "{\"a\":\"x@y.zz\"}".getBytes(StandardCharsets.UTF_8);
    var first = gw.postAsync("/v1/filter", "application/json", event);
    var second = gw.postAsync("/v1/filter", "application/json", event);
    for (int i = 0; i < 100 && gw.services.admission().inFlight() < 2; i++) {
      Thread.sleep(20);
    }
    HttpResponse<String> shed = gw.post("/v1/filter", "application/json", event);
    assertThat(shed.statusCode()).isEqualTo(503);
    assertThat(shed.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(shed.body()).contains("\"code\":\"overloaded\"");
    HttpResponse<String> batch = gw.post("/v1/filter/batch", "application/x-ndjson",
        "{}\n{}\n");
    assertThat(batch.statusCode()).isEqualTo(503);

    release.complete(null);
    assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(second.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    for (int i = 0; i < 100 && gw.services.admission().inFlight() > 0; i++) {
      Thread.sleep(20);
    }
    assertThat(gw.services.admission().inFlight()).isZero();
    assertThat(gw.post("/v1/filter", "application/json", event).statusCode()).isEqualTo(200);
  }
}
