/**
 * Dispatch: one ZeroMQ DEALER per worker of the inventory, heartbeats and liveness,
 * least-outstanding choice, deadlines and one retry; reloads the inventory when it changes.
 */
package io.veil.gateway.dispatch;
