package io.veil.gateway.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.veil.protocol.Category;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/**
 * The gateway's own meters. Every label value comes from a closed set: routes are the API's
 * paths, categories the catalog, outcomes and actions fixed words, reasons enum names.
 */
public final class GatewayMetrics {

  private final MeterRegistry registry;
  private final Counter leaves;
  private final Counter flaggedLeaves;

  /** Registers the gateway's meters on {@code registry}. */
  public GatewayMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.leaves = Counter.builder("veil_gateway_triage_leaves")
        .description("Keys and values triaged").register(registry);
    this.flaggedLeaves = Counter.builder("veil_gateway_triage_flagged_leaves")
        .description("Keys and values triage flagged for at least one category; divide by"
            + " veil_gateway_triage_leaves_total for the flag rate")
        .register(registry);
  }

  /** The registry, for components (the dispatcher) that register their own meters. */
  public MeterRegistry registry() {
    return registry;
  }

  /** Records one request's latency under its route and status class (2xx, 4xx, 5xx). */
  public void request(String route, int status, long nanos) {
    Timer.builder("veil_gateway_request")
        .description("Request latency per route")
        .tag("route", route).tag("status", (status / 100) + "xx")
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30))
        .register(registry).record(nanos, TimeUnit.NANOSECONDS);
  }

  /** Counts triaged leaves and how many were flagged. */
  public void triage(int total, int flagged) {
    leaves.increment(total);
    flaggedLeaves.increment(flagged);
  }

  /** Counts one triage flag of a category. */
  public void flag(Category category) {
    Counter.builder("veil_gateway_triage_flags").tag("category", category.wireName())
        .register(registry).increment();
  }

  /**
   * Counts one decision for a (leaf, category) pair.
   *
   * @param outcome {@code sensitive}, {@code not_sensitive} or {@code failsafe}
   */
  public void decision(Category category, String outcome) {
    Counter.builder("veil_gateway_decisions").tag("category", category.wireName())
        .tag("outcome", outcome).register(registry).increment();
  }

  /** Counts one redaction by category and action (the per-category compliance counters). */
  public void redaction(Category category, String action) {
    Counter.builder("veil_gateway_redactions").tag("category", category.wireName())
        .tag("action", action).register(registry).increment();
  }

  /** Counts one event answered by the fail-safe, by the reason no valid answer came. */
  public void failsafe(String reason) {
    Counter.builder("veil_gateway_failsafe_events")
        .description("Events whose flagged fields were all redacted because no valid answer came")
        .tag("reason", reason).register(registry).increment();
  }

  /** Counts one rejected request by error code. */
  public void rejected(String code) {
    Counter.builder("veil_gateway_rejected_requests").tag("code", code).register(registry)
        .increment();
  }

  /** Counts one request shed for overload. */
  public void shed(String route) {
    Counter.builder("veil_gateway_shed_requests").tag("route", route).register(registry)
        .increment();
  }

  /** Exposes the number of events being filtered now. */
  public void inFlight(IntSupplier inFlight) {
    Gauge.builder("veil_gateway_in_flight_events", inFlight::getAsInt).register(registry);
  }

  /** Exposes whether any worker is live (1) or none (0). */
  public void workersLive(BooleanSupplier anyLive) {
    Gauge.builder("veil_gateway_any_worker_live", () -> anyLive.getAsBoolean() ? 1 : 0)
        .register(registry);
  }
}
