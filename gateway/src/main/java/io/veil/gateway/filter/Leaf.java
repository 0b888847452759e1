package io.veil.gateway.filter;

import io.veil.protocol.Category;
import java.util.EnumSet;
import java.util.Set;

/**
 * One piece of text the detector judges: a string or number value, a key, a URL parameter.
 *
 * @param content the text
 * @param context the JSON path with original keys, read by the detector as context
 * @param path the JSON path as shown outside the process (keys that could be values hidden)
 * @param slot where to write the redacted text
 * @param isKey whether the text is an object key (renamed after values are written)
 */
record Leaf(String content, String context, String path, Slot slot, boolean isKey,
    Set<Category> flagged) {

  Leaf(String content, String context, String path, Slot slot, boolean isKey) {
    this(content, context, path, slot, isKey, EnumSet.noneOf(Category.class));
  }
}
