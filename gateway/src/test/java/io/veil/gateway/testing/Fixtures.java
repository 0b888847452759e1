package io.veil.gateway.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.veil.detector.triage.Triage;
import io.veil.gateway.config.ConfigLoader;
import io.veil.gateway.config.GatewayConfig;
import io.veil.gateway.dispatch.Dispatcher;
import io.veil.gateway.filter.EventFilter;
import io.veil.gateway.filter.FilterResult;
import io.veil.gateway.input.StrictJson;
import io.veil.gateway.metrics.GatewayMetrics;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** TEST ONLY: configs and filters for in-process tests. */
public final class Fixtures {

  /** An HMAC key for tests (never used outside them). */
  public static final String HMAC_KEY = "test-hmac-key-0123456789";
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Fixtures() {}

  /** Defaults plus {@code VEIL_*} overrides given as alternating name, value. */
  public static GatewayConfig config(String... env) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < env.length; i += 2) {
      m.put(env[i], env[i + 1]);
    }
    return ConfigLoader.load(null, m).withPorts(0, 0);
  }

  /** A filter over {@code dispatcher} running inline on the calling thread. */
  public static EventFilter filter(GatewayConfig config, Dispatcher dispatcher,
      PrometheusMeterRegistry registry) {
    return new EventFilter(config, new StrictJson(config.limits()), new Triage(), dispatcher,
        new GatewayMetrics(registry), Optional.empty(), Runnable::run);
  }

  public static PrometheusMeterRegistry registry() {
    return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  }

  /** Filters {@code json} and waits (bounded) for the result. */
  public static FilterResult run(EventFilter f, String json) throws Exception {
    return f.filter(json.getBytes(StandardCharsets.UTF_8)).get(5, TimeUnit.SECONDS);
  }

  /** What the real embedded detector says about {@code content}: the expected confidence. */
  public static double confidence(String content, io.veil.protocol.Category c, String context) {
    return io.veil.detector.EmbeddedDetector.create().detect(content, c, context).decision()
        .confidence();
  }

  /** Writes a tree with the gateway's writer (exact numbers). */
  public static String write(GatewayConfig c, JsonNode n) {
    return new StrictJson(c.limits()).write(n);
  }
}
