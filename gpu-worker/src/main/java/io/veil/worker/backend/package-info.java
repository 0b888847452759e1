/**
 * Backends that answer batches of (content, category) items inside a worker: the embedded
 * detector, the supervised model server, and the cascade between them.
 */
package io.veil.worker.backend;
