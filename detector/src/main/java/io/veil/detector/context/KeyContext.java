package io.veil.detector.context;

import io.veil.protocol.Category;
import java.util.Set;

/**
 * The categories a field key or JSON path names, read once per call.
 *
 * @param categories the categories named; empty when the key names none
 * @param word the vocabulary word that named them, or null
 */
public record KeyContext(Set<Category> categories, String word) {

  /** A key that names no category. */
  public static final KeyContext EMPTY = new KeyContext(Set.of(), null);

  public KeyContext {
    categories = Set.copyOf(categories);
  }
}
