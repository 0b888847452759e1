/**
 * Dispatch: sends (content, category) items from the gateway to the workers and never fails open.
 * {@link io.veil.gateway.dispatch.ZmqDispatcher} keeps one ZeroMQ DEALER per worker of the YAML
 * {@link io.veil.gateway.dispatch.Inventory} (reloaded when the file changes), all owned by one
 * socket thread; heartbeats and liveness, least-outstanding choice, one deadline per request and
 * at most one retry on another worker. Links may be encrypted with ZeroMQ CURVE
 * ({@link io.veil.gateway.dispatch.CurveKeys} makes and loads the keys).
 */
package io.veil.gateway.dispatch;
