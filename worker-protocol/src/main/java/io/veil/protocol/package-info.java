/**
 * Veil's shared vocabulary and wire format: the category catalog, the decision every backend
 * answers with, and the versioned msgpack messages that gateways and workers exchange over ZeroMQ
 * DEALER/ROUTER sockets.
 */
package io.veil.protocol;
