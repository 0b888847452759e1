/**
 * The open-loop driver: a sender thread that issues requests at their scheduled times through a
 * Vert.x HTTP client with many connections, a cap on outstanding requests, per-request timeouts,
 * and a leak check of every answer.
 */
package io.veil.loadtest.drive;
