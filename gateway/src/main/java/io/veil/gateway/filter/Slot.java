package io.veil.gateway.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Where a leaf's text lives, and how to write a redacted text back there or remove it. */
abstract class Slot {

  /** The composite (JSON-in-string or URL) this slot is inside, or null at the event's level. */
  final Composite owner;

  Slot(Composite owner) {
    this.owner = owner;
  }

  /** Writes a replacement text. */
  abstract void replace(String text);

  /** Removes the field (or parameter) that holds the leaf. */
  abstract void drop();

  /** Tells the owner that its text must be rendered again. */
  final void touched() {
    if (owner != null) {
      owner.dirty = true;
    }
  }

  /** The whole document: a scalar event. */
  static final class Root extends Slot {
    private final JsonNode[] root;

    Root(JsonNode[] root, Composite owner) {
      super(owner);
      this.root = root;
    }

    @Override
    void replace(String text) {
      root[0] = TextNode.valueOf(text);
      touched();
    }

    @Override
    void drop() {
      root[0] = com.fasterxml.jackson.databind.node.NullNode.getInstance();
      touched();
    }
  }

  /** A value in an object under a key. */
  static final class Field extends Slot {
    private final ObjectNode parent;
    private final String key;

    Field(ObjectNode parent, String key, Composite owner) {
      super(owner);
      this.parent = parent;
      this.key = key;
    }

    @Override
    void replace(String text) {
      if (parent.has(key)) {
        parent.set(key, TextNode.valueOf(text));
        touched();
      }
    }

    @Override
    void drop() {
      parent.remove(key);
      touched();
    }
  }

  /** A value in an array; dropping it leaves {@code null} so that other indexes stay. */
  static final class Element extends Slot {
    private final ArrayNode parent;
    private final int index;

    Element(ArrayNode parent, int index, Composite owner) {
      super(owner);
      this.parent = parent;
      this.index = index;
    }

    @Override
    void replace(String text) {
      parent.set(index, TextNode.valueOf(text));
      touched();
    }

    @Override
    void drop() {
      parent.set(index, com.fasterxml.jackson.databind.node.NullNode.getInstance());
      touched();
    }
  }

  /** An object key: renaming keeps the key's position; a clash gets a {@code #n} suffix. */
  static final class Key extends Slot {
    private final ObjectNode parent;
    private final String key;

    Key(ObjectNode parent, String key, Composite owner) {
      super(owner);
      this.parent = parent;
      this.key = key;
    }

    @Override
    void replace(String text) {
      if (!parent.has(key) || text.equals(key)) {
        return;
      }
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(parent.properties());
      parent.removeAll();
      for (Map.Entry<String, JsonNode> e : entries) {
        String name = e.getKey();
        if (name.equals(key)) {
          name = text;
          for (int n = 2; parent.has(name) || clashesLater(entries, name); n++) {
            name = text + "#" + n;
          }
        }
        parent.set(name, e.getValue());
      }
      touched();
    }

    private boolean clashesLater(List<Map.Entry<String, JsonNode>> entries, String name) {
      return !name.equals(key) && entries.stream().anyMatch(e -> e.getKey().equals(name));
    }

    @Override
    void drop() {
      parent.remove(key);
      touched();
    }
  }
}
