/**
 * The gateway: the Vert.x HTTP sidecar that filters JSON events. {@link
 * io.veil.gateway.GatewayMain} wires configuration, metrics, the ZeroMQ dispatcher and the HTTP
 * servers.
 */
package io.veil.gateway;
