package io.veil.gateway.filter;

import io.veil.protocol.Category;

/**
 * One redaction reported to the caller and the audit log: where, what category, how sure, what
 * was done. Never the value.
 *
 * @param path JSON path of the field, keys that could be values shown as {@code ['*']}
 * @param category the category found
 * @param confidence the worker's confidence, or null under the fail-safe (no answer came)
 * @param action {@code redacted}, {@code dropped}, {@code hashed}, {@code masked} or {@code
 *     redacted_failsafe}
 */
public record FilterFinding(String path, Category category, Double confidence, String action) {

  /** The action reported when no valid answer came and the field was redacted anyway. */
  public static final String FAILSAFE = "redacted_failsafe";
}
