package io.veil.detector.context;

/** How the text around a value speaks about the asked category, weakest first. */
public enum ContextLevel {
  /** Labelled as something that is not personal data: an order, tracking or SKU number. */
  BLOCKED,
  /** Labelled as a value of another category. */
  OTHER,
  /** Nothing says what the value is. */
  NONE,
  /** A word of the category in the same sentence or field, with other words between. */
  NEAR,
  /** The field's key or JSON path names the category. */
  KEY,
  /** A label, key or URL parameter names the category right before (or after) the value. */
  LABEL
}
