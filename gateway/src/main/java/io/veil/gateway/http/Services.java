package io.veil.gateway.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.veil.gateway.config.GatewayConfig;
import io.veil.gateway.dispatch.Dispatcher;
import io.veil.gateway.filter.ClassifyService;
import io.veil.gateway.filter.EventFilter;
import io.veil.gateway.input.StrictJson;
import io.veil.gateway.metrics.GatewayMetrics;

/**
 * What the routes call: built once by {@code GatewayMain} (or a test) and passed to the
 * verticle.
 */
public record Services(GatewayConfig config, StrictJson json, EventFilter filter,
    ClassifyService classify, Dispatcher dispatcher, GatewayMetrics metrics,
    PrometheusMeterRegistry registry, Admission admission) {}
