package io.veil.gateway.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.veil.detector.triage.Triage;
import io.veil.gateway.audit.AuditLog;
import io.veil.gateway.config.GatewayConfig;
import io.veil.gateway.dispatch.Dispatcher;
import io.veil.gateway.filter.ClassifyService;
import io.veil.gateway.filter.EventFilter;
import io.veil.gateway.input.StrictJson;
import io.veil.gateway.metrics.GatewayMetrics;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the routes call: built once by {@code GatewayMain} (or a test) and passed to the
 * verticle.
 */
public record Services(GatewayConfig config, StrictJson json, EventFilter filter,
    ClassifyService classify, Dispatcher dispatcher, GatewayMetrics metrics,
    PrometheusMeterRegistry registry, Admission admission, Optional<AuditLog> audit)
    implements AutoCloseable {

  /**
   * Builds the services around a dispatcher. {@code pool} runs parsing, walking and redaction off
   * the event loop.
   */
  public static Services create(GatewayConfig config, Dispatcher dispatcher,
      PrometheusMeterRegistry registry, ExecutorService pool) {
    StrictJson json = new StrictJson(config.limits());
    GatewayMetrics metrics = new GatewayMetrics(registry);
    Optional<AuditLog> audit = config.auditLog().map(AuditLog::new);
    EventFilter filter = new EventFilter(config, json, new Triage(), dispatcher, metrics, audit,
        pool);
    Admission admission = new Admission(config.limits().inFlightEvents());
    metrics.inFlight(admission::inFlight);
    metrics.workersLive(dispatcher::anyLive);
    return new Services(config, json, filter, new ClassifyService(config, dispatcher, metrics),
        dispatcher, metrics, registry, admission, audit);
  }

  /** A pool for filter work: one daemon thread per core, named {@code veil-filter-n}. */
  public static ExecutorService filterPool() {
    AtomicInteger n = new AtomicInteger();
    ThreadFactory f = r -> {
      Thread t = new Thread(r, "veil-filter-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), f);
  }

  @Override
  public void close() {
    audit.ifPresent(AuditLog::close);
  }
}
