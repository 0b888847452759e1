/**
 * Micro-batching in front of a backend: items of many requests wait in one bounded queue, backend
 * threads take them in batches (up to a size, for at most a wait), items whose deadline passed are
 * answered expired without being computed, and each request's results are gathered back into one
 * reply in item order.
 */
package io.veil.worker.batch;
