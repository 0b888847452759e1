/**
 * A plain ZeroMQ DEALER client of the worker protocol and the benchmark that drives a worker with
 * it from another process. Not the gateway's dispatcher: one socket, one thread, no retries.
 */
package io.veil.worker.bench;
