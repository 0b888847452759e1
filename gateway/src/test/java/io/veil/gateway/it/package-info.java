/**
 * Integration tests: the packaged gateway and worker jars as real processes, talking real HTTP
 * and real ZeroMQ on loopback.
 */
package io.veil.gateway.it;
