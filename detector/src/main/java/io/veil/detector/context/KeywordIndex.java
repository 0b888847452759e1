package io.veil.detector.context;

import io.veil.protocol.Category;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trie of one anchor per context word (a Latin phrase's longest word, a stem, a script
 * substring) over folded text. A vocabulary match in the text implies its anchor occurs in the
 * folded text, so the categories found here are a superset of those context can name.
 */
public final class KeywordIndex {

  private static final class Node {
    final Map<Character, Node> next = new HashMap<>();
    Set<Category> categories;
  }

  private final Node root = new Node();
  private final int maxDepth;

  private KeywordIndex(Map<String, Set<Category>> anchors) {
    int depth = 0;
    for (Map.Entry<String, Set<Category>> e : anchors.entrySet()) {
      Node n = root;
      for (char c : e.getKey().toCharArray()) {
        n = n.next.computeIfAbsent(c, k -> new Node());
      }
      if (n.categories == null) {
        n.categories = EnumSet.noneOf(Category.class);
      }
      n.categories.addAll(e.getValue());
      depth = Math.max(depth, e.getKey().length());
    }
    this.maxDepth = depth;
  }

  /** The index of a vocabulary built from each category's context words. */
  public static KeywordIndex of(Map<Category, List<String>> words) {
    return new KeywordIndex(Vocabulary.anchors(words));
  }

  /** The categories whose context words may occur in {@code text}. */
  public Set<Category> categoriesIn(String text) {
    String f = Fold.fold(text);
    EnumSet<Category> out = EnumSet.noneOf(Category.class);
    for (int i = 0; i < f.length(); i++) {
      Node n = root;
      for (int j = i; j < f.length() && j - i < maxDepth; j++) {
        n = n.next.get(f.charAt(j));
        if (n == null) {
          break;
        }
        if (n.categories != null) {
          out.addAll(n.categories);
        }
      }
    }
    return out;
  }
}
