/**
 * Audit: an optional JSON-lines log of what was redacted (event id, path, category, confidence,
 * action), for compliance. It never holds a value.
 */
package io.veil.gateway.audit;
