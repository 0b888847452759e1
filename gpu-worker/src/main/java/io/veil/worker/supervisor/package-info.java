/**
 * Supervision of the GPU model server as a child process of the worker: start on its GPU, wait
 * for readiness, watch liveness and latency, restart with exponential back-off when it dies or
 * hangs (killing its whole process tree), forward its log lines, and stop it cleanly.
 */
package io.veil.worker.supervisor;
