/**
 * Reliability and security checks against the REAL packaged processes: the gateway jar and
 * worker jars (one supervising the stand-in model server) started as children on free loopback
 * ports, driven over real HTTP and ZeroMQ. Fault injection under load, hostile input, leak scans
 * of everything the processes wrote, secure defaults (loopback bind, bearer token, CURVE) and
 * overload. {@link io.veil.reliability.Fleet} starts and always stops the processes.
 */
package io.veil.reliability;
