package io.veil.gateway.filter;

/**
 * A string that holds structure the walker went into (JSON, or a URL with a query): its leaves
 * are redacted inside it, then it is rendered back into its own slot.
 */
abstract class Composite {

  /** Where the composite's own text lives. */
  final Slot outer;

  /** Whether a leaf inside changed, so that the text must be rendered again. */
  boolean dirty;

  Composite(Slot outer) {
    this.outer = outer;
  }

  /** The text after the changes to its leaves, or null when the whole value must go. */
  abstract String render();

  /** Writes the rendered text back to the outer slot when something inside changed. */
  final void writeBack() {
    if (!dirty) {
      return;
    }
    String text = render();
    if (text == null) {
      outer.drop();
    } else {
      outer.replace(text);
    }
  }
}
