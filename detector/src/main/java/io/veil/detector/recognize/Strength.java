package io.veil.detector.recognize;

/** What a value's form alone says, before context. */
public enum Strength {
  /** A distinctive, valid format: sensitive without context (policy rule 1). */
  DISTINCTIVE,
  /** A weak format: sensitive only when context names the category (rule 2). */
  WEAK,
  /** A plausible shape that fails a checksum or range rule: needs a label (rule 3). */
  INVALID,
  /** Masked, a role mailbox, part of a product slug, or a value of another category. */
  REJECTED
}
