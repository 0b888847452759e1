/**
 * Metrics: the gateway's Micrometer meters, named {@code veil_gateway_*}, with labels from closed
 * sets only (route, category, outcome, action, reason, code), never ids or content.
 */
package io.veil.gateway.metrics;
