/**
 * The worker's ZeroMQ side: one ROUTER socket owned by one thread for its whole life, polling the
 * socket and a wake-up pipe from the backend threads; READY to new peers, heartbeats both ways,
 * liveness, overload and bad-frame answers, and DISCONNECT on a clean shutdown.
 */
package io.veil.worker.server;
