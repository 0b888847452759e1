package io.veil.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.gateway.testing.EmbeddedDispatcher;
import io.veil.gateway.testing.Fixtures;
import io.veil.gateway.testing.HttpHarness;
import io.vertx.core.Vertx;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Health, readiness, metrics and the OpenAPI document on the management port. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 30, timeUnit = TimeUnit.SECONDS)
class ManagementRoutesTest {

  private HttpHarness gw;

  @AfterEach
  void stop() {
    if (gw != null) {
      gw.close();
    }
  }

  @Test
  void ready_followsWorkerLiveness_andLiveStaysUp(Vertx vertx) throws Exception {
    EmbeddedDispatcher d = new EmbeddedDispatcher();
    gw = HttpHarness.start(vertx, Fixtures.config(), d);
    assertThat(gw.management("/health/ready").statusCode()).isEqualTo(200);
    d.setLive(false);
    assertThat(gw.management("/health/ready").statusCode()).isEqualTo(503);
    assertThat(gw.management("/health/live").statusCode()).isEqualTo(200);
  }

  @Test
  void metrics_showRequestLatencyDecisionsAndTriage(Vertx vertx) throws Exception {
    gw = HttpHarness.start(vertx, Fixtures.config(), new EmbeddedDispatcher());
    gw.post("/v1/filter", "application/json", "{\"e\":\"jane.doe@example.com\"}");
    String m = gw.management("/metrics").body();
    assertThat(m).contains("veil_gateway_request_seconds_bucket{route=\"/v1/filter\"")
        .contains("veil_gateway_decisions_total{category=\"email\",outcome=\"sensitive\"} 1.0")
        .contains("veil_gateway_redactions_total{action=\"redacted\",category=\"email\"} 1.0")
        .contains("veil_gateway_triage_flagged_leaves_total 1.0")
        .contains("veil_gateway_any_worker_live 1.0")
        .doesNotContain("jane");
  }

  @Test
  void openapi_isServed_andIsTheRepositoryFile(Vertx vertx) throws Exception {
    gw = HttpHarness.start(vertx, Fixtures.config(), new EmbeddedDispatcher());
    String served = gw.management("/openapi.yaml").body();
    try (InputStream in = getClass().getResourceAsStream("/openapi.yaml")) {
      assertThat(served).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    assertThat(served).contains("/v1/filter/batch").contains("/v1/classify/batch");
  }
}
