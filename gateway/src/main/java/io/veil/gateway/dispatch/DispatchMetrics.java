package io.veil.gateway.dispatch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The dispatcher's meters. Labels come from closed sets: {@code outcome} from {@link Outcome},
 * {@code worker} from the inventory's names. Prometheus names: {@code
 * veil_gateway_dispatch_requests_total{outcome}}, {@code veil_gateway_dispatch_retries_total},
 * {@code veil_gateway_dispatch_late_replies_total}, {@code
 * veil_gateway_dispatch_bad_frames_total}, {@code veil_gateway_inventory_reloads_total{result}},
 * {@code veil_gateway_worker_live{worker}}, {@code veil_gateway_worker_outstanding{worker}}.
 */
final class DispatchMetrics {

  /** How a request ended. */
  enum Outcome {
    OK, TIMEOUT, BAD_REPLY, WORKER_ERROR, NO_LIVE_WORKER, OVERLOADED, CLOSED;

    static Outcome of(DispatchException.Reason reason) {
      return Outcome.valueOf(reason.name());
    }

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final MeterRegistry registry;
  private final Map<Outcome, Counter> outcomes = new EnumMap<>(Outcome.class);
  private final Counter retries;
  private final Counter lateReplies;
  private final Counter badFrames;
  private final Counter reloadsOk;
  private final Counter reloadsFailed;

  DispatchMetrics(MeterRegistry registry) {
    this.registry = registry;
    for (Outcome outcome : Outcome.values()) {
      outcomes.put(outcome, Counter.builder("veil.gateway.dispatch.requests")
          .description("Dispatched requests by how they ended")
          .tag("outcome", outcome.label()).register(registry));
    }
    retries = Counter.builder("veil.gateway.dispatch.retries")
        .description("Requests sent again to another worker").register(registry);
    lateReplies = Counter.builder("veil.gateway.dispatch.late.replies")
        .description("Replies dropped: late, unknown id, or from a worker no longer asked")
        .register(registry);
    badFrames = Counter.builder("veil.gateway.dispatch.bad.frames")
        .description("Frames from workers that could not be decoded").register(registry);
    reloadsOk = Counter.builder("veil.gateway.inventory.reloads")
        .description("Inventory reloads by result").tag("result", "ok").register(registry);
    reloadsFailed = Counter.builder("veil.gateway.inventory.reloads")
        .description("Inventory reloads by result").tag("result", "rejected").register(registry);
  }

  void outcome(Outcome outcome) {
    outcomes.get(outcome).increment();
  }

  void retry() {
    retries.increment();
  }

  void lateReply() {
    lateReplies.increment();
  }

  void badFrame() {
    badFrames.increment();
  }

  void inventoryReload(boolean ok) {
    (ok ? reloadsOk : reloadsFailed).increment();
  }

  /** Registers the per-worker gauges; the returned meters are removed with {@link #remove}. */
  List<Gauge> workerGauges(String worker, Supplier<Number> live, Supplier<Number> outstanding) {
    return List.of(
        Gauge.builder("veil.gateway.worker.live", live).description("1 when the worker is live")
            .tag("worker", worker).register(registry),
        Gauge.builder("veil.gateway.worker.outstanding", outstanding)
            .description("Requests in flight on the worker").tag("worker", worker)
            .register(registry));
  }

  void remove(List<Gauge> gauges) {
    gauges.forEach(registry::remove);
  }
}
