package io.veil.gateway.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.veil.gateway.input.JsonPath;
import io.veil.gateway.input.StrictJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Walks an event and lists its leaves: every key, string and number, going into strings that hold
 * JSON and into URL query strings parameter by parameter. Composites are listed outer first.
 */
final class Walk {

  final JsonNode[] root;
  final List<Leaf> leaves = new ArrayList<>();
  final List<Composite> composites = new ArrayList<>();
  private final StrictJson json;
  private final StrictJson.Budget budget;

  private Walk(JsonNode event, StrictJson json, StrictJson.Budget budget) {
    this.root = new JsonNode[] {event};
    this.json = json;
    this.budget = budget;
  }

  /** Walks {@code event}; JSON inside strings counts against {@code budget} and the depth limit. */
  static Walk of(JsonNode event, StrictJson json, StrictJson.Budget budget) {
    Walk w = new Walk(event, json, budget);
    w.node(event, new Slot.Root(w.root, null), JsonPath.ROOT, JsonPath.ROOT, 0, null);
    return w;
  }

  private void node(JsonNode n, Slot slot, String ctx, String path, int depth, Composite owner) {
    if (n.isObject()) {
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        String key = e.getKey();
        String childCtx = JsonPath.child(ctx, key);
        String childPath = JsonPath.safeChild(path, key);
        ObjectNode o = (ObjectNode) n;
        leaves.add(new Leaf(key, childCtx, childPath, new Slot.Key(o, key, owner), true));
        node(e.getValue(), new Slot.Field(o, key, owner), childCtx, childPath, depth + 1, owner);
      }
    } else if (n.isArray()) {
      ArrayNode a = (ArrayNode) n;
      for (int i = 0; i < a.size(); i++) {
        node(a.get(i), new Slot.Element(a, i, owner), JsonPath.index(ctx, i),
            JsonPath.index(path, i), depth + 1, owner);
      }
    } else if (n.isNumber()) {
      leaves.add(new Leaf(n.asText(), ctx, path, slot, false));
    } else if (n.isTextual()) {
      text(n.textValue(), slot, ctx, path, depth);
    }
  }

  private void text(String s, Slot slot, String ctx, String path, int depth) {
    String t = s.strip();
    if (t.length() >= 2 && (t.charAt(0) == '{' || t.charAt(0) == '[')) {
      JsonNode inner = json.readNested(t, depth, budget);
      if (inner != null) {
        JsonInString c = new JsonInString(slot, inner, json);
        composites.add(c);
        node(inner, new Slot.Root(c.root, c), ctx, path, depth, c);
        return;
      }
    }
    UrlText u = UrlText.parse(s, slot);
    if (u == null) {
      leaves.add(new Leaf(s, ctx, path, slot, false));
      return;
    }
    composites.add(u);
    if (!u.base().isEmpty()) {
      leaves.add(new Leaf(u.base(), ctx, path, u.baseSlot(), false));
    }
    for (UrlText.Part p : u.parts) {
      if (p.decoded) {
        leaves.add(new Leaf(p.text, JsonPath.child(ctx, p.name), path, u.partSlot(p), false));
      }
    }
    if (u.fragment() != null && !u.fragment().isEmpty()) {
      leaves.add(new Leaf(u.fragment(), ctx, path, u.fragmentSlot(), false));
    }
  }

  /** A leaf's new text, or null to drop its field. */
  record Change(Leaf leaf, String text) {}

  /**
   * Writes changes in an order that keeps every slot valid: values first, then for each
   * composite (innermost first) its keys and its re-rendered text, then the event's own keys.
   */
  void commit(List<Change> changes) {
    for (Change c : changes) {
      if (!c.leaf().isKey()) {
        write(c);
      }
    }
    for (int i = composites.size() - 1; i >= 0; i--) {
      Composite comp = composites.get(i);
      writeKeys(changes, comp);
      comp.writeBack();
    }
    writeKeys(changes, null);
  }

  private static void writeKeys(List<Change> changes, Composite owner) {
    for (Change c : changes) {
      if (c.leaf().isKey() && c.leaf().slot().owner == owner) {
        write(c);
      }
    }
  }

  private static void write(Change c) {
    if (c.text() == null) {
      c.leaf().slot().drop();
    } else {
      c.leaf().slot().replace(c.text());
    }
  }
}
