package io.veil.gateway.filter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.veil.gateway.dispatch.Dispatcher;
import io.veil.gateway.testing.BrokenDispatcher;
import io.veil.gateway.testing.Fixtures;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Never fail open: whatever the dispatcher does wrong, no flagged value passes through. */
class FailSafeTest {

  private static final String EMAIL = "jane.doe@example.com";

  static Stream<Arguments> brokenDispatchers() {
    return Stream.of(
        Arguments.of("no_live_worker", BrokenDispatcher.noWorker()),
        Arguments.of("timeout", BrokenDispatcher.timeout(50)),
        Arguments.of("dispatch_error", BrokenDispatcher.throwing()),
        Arguments.of("bad_reply", BrokenDispatcher.missingResults()),
        Arguments.of("expired", BrokenDispatcher.expired()),
        Arguments.of("bad_reply", BrokenDispatcher.spanOutOfBounds()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDispatchers")
  void brokenDispatcher_redactsEveryFlaggedField_andSaysDegraded(String reason, Dispatcher d)
      throws Exception {
    PrometheusMeterRegistry registry = Fixtures.registry();
    String inner = "{\"to\":\"" + EMAIL + "\"}";
    FilterResult r = Fixtures.run(Fixtures.filter(Fixtures.config(), d, registry),
        "{\"email\":\"" + EMAIL + "\",\"note\":\"hello\",\"url\":\"https://x.test/?e=" + EMAIL
            + "&q=shoes\",\"payload\":" + Fixtures.MAPPER.writeValueAsString(inner) + "}");

    String out = Fixtures.write(Fixtures.config(), r.event());
    assertThat(out).doesNotContain("jane").doesNotContain("example.com");
    assertThat(r.degraded()).isTrue();
    assertThat(r.event().get("note").textValue()).isEqualTo("hello");
    assertThat(r.event().get("url").textValue()).isEqualTo("https://x.test/?e=[REDACTED:email]&q=shoes");
    JsonNode payload = Fixtures.MAPPER.readTree(r.event().get("payload").textValue());
    assertThat(payload.get("to").textValue()).isEqualTo("[REDACTED:email]");
    assertThat(r.findings()).isNotEmpty().extracting(FilterFinding::action)
        .containsOnly(FilterFinding.FAILSAFE);
    assertThat(r.findings()).extracting(FilterFinding::confidence).containsOnlyNulls();
    assertThat(registry.get("veil_gateway_failsafe_events").tag("reason", reason).counter()
        .count()).isEqualTo(1.0);
  }
}
