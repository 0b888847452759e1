package io.veil.gateway.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds a JSON event whose shape, keys and filler values come from fuzz input, with {@link
 * PlantedValues} placed as whole leaves: a field under the value's usual name, a URL query
 * parameter, a field of a JSON object inside a string, or (cards) a JSON number. Filler never
 * shares a leaf with a planted value, so the detector always sees the value as it was made.
 */
final class FuzzedEvent {

  private static final int MAX_DEPTH = 6;
  private static final int MAX_CHILDREN = 5;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
  private final FuzzedDataProvider data;
  private final List<PlantedValues.Planted> planted;

  FuzzedEvent(FuzzedDataProvider data, List<PlantedValues.Planted> planted) {
    this.data = data;
    this.planted = planted;
  }

  /** The event: always an object, holding at least one planted value. */
  JsonNode build() throws Exception {
    ObjectNode root = nodes.objectNode();
    plant(root);
    fill(root, 0);
    return root;
  }

  private void fill(ObjectNode object, int depth) throws Exception {
    int n = data.consumeInt(0, MAX_CHILDREN);
    for (int i = 0; i < n && data.remainingBytes() > 0; i++) {
      if (data.consumeInt(0, 3) == 0) {
        plant(object);
      } else {
        object.set(fresh(object, data.consumeString(16)), node(depth + 1));
      }
    }
  }

  private JsonNode node(int depth) throws Exception {
    int kind = depth >= MAX_DEPTH ? data.consumeInt(2, 6) : data.consumeInt(0, 6);
    switch (kind) {
      case 0 -> {
        ObjectNode o = nodes.objectNode();
        fill(o, depth);
        return o;
      }
      case 1 -> {
        ArrayNode a = nodes.arrayNode();
        int n = data.consumeInt(0, MAX_CHILDREN);
        for (int i = 0; i < n && data.remainingBytes() > 0; i++) {
          a.add(node(depth + 1));
        }
        return a;
      }
      case 2 -> {
        return nodes.textNode(data.consumeString(64));
      }
      case 3 -> {
        return nodes.numberNode(BigInteger.valueOf(data.consumeLong()));
      }
      case 4 -> {
        return nodes.booleanNode(data.consumeBoolean());
      }
      case 5 -> {
        ObjectNode holder = nodes.objectNode();
        plant(holder);
        return holder;
      }
      default -> {
        return nodes.nullNode();
      }
    }
  }

  /** Adds one planted value to {@code object}, in one of four forms. */
  private void plant(ObjectNode object) throws Exception {
    PlantedValues.Planted p = PlantedValues.make(data.consumeInt(), data.consumeLong());
    planted.add(p);
    String filler = data.consumeAsciiString(12).replaceAll("[^A-Za-z0-9]", "");
    switch (data.consumeInt(0, 3)) {
      case 0 -> object.put(fresh(object, p.key()), p.value());
      case 1 -> object.put(fresh(object, "page_url"), "https://shop.test/p?q=" + filler + "&"
          + p.key() + "=" + URLEncoder.encode(p.value(), StandardCharsets.UTF_8) + "&page=2");
      case 2 -> {
        ObjectNode inner = nodes.objectNode();
        inner.put("note", filler);
        inner.put(p.key(), p.value());
        object.put(fresh(object, "payload"), MAPPER.writeValueAsString(inner));
      }
      default -> {
        String digits = p.value().replace(" ", "");
        if (digits.matches("[0-9]+") && PlantedValues.sensitive(p, digits)) {
          object.set(fresh(object, p.key()), nodes.numberNode(new BigInteger(digits)));
        } else {
          object.put(fresh(object, p.key()), p.value());
        }
      }
    }
  }

  /**
   * A key not yet in {@code object} ({@code ssn}, then {@code ssn_2}, ...), so that a second plant
   * never overwrites the first and every planted value is really in the event.
   */
  private static String fresh(ObjectNode object, String key) {
    String k = key;
    for (int i = 2; object.has(k); i++) {
      k = key + "_" + i;
    }
    return k;
  }
}
