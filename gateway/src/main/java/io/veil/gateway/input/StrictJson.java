package io.veil.gateway.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.veil.gateway.config.GatewayConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

/**
 * Reads one JSON value under the gateway's limits into an ordered tree whose numbers are exact
 * ({@code 12345678901234567890} and {@code 1.10} come back as written), and writes trees back.
 *
 * <p>Rules, each a 400 with its own code: empty body ({@code empty_body}), syntax error ({@code
 * malformed_json}), body ends early ({@code truncated_json}), invalid UTF-8 ({@code bad_utf8}),
 * nesting deeper than the limit ({@code too_deep}), more keys and values than the limit ({@code
 * too_many_fields}), a string, key or number longer than the limit ({@code value_too_long}), and a
 * key repeated in one object ({@code duplicate_key}: rejected, because which copy a consumer keeps
 * differs between parsers, and the one we did not filter could be the one it reads).
 *
 * <p>Numbers keep their digits and scale; the one value not kept is the sign of a negative zero
 * ({@code -0} and {@code -0.0} come back as {@code 0} and {@code 0.0}).
 */
public final class StrictJson {

  /** Jackson's own limits sit above ours so that our error, with its field, fires first. */
  private static final int JACKSON_MARGIN = 16;

  private final JsonFactory factory;
  private final ObjectMapper mapper;
  private final JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
  private final GatewayConfig.Limits limits;

  /** A reader for these limits. */
  public StrictJson(GatewayConfig.Limits limits) {
    this.limits = limits;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.depth() + JACKSON_MARGIN)
            .maxStringLength(Math.max(limits.valueLength(), limits.bodyBytes()) + JACKSON_MARGIN)
            .maxNumberLength(Math.min(limits.valueLength(), 100_000) + JACKSON_MARGIN)
            .maxNameLength(limits.valueLength() + JACKSON_MARGIN)
            .build())
        .build();
    this.mapper = new ObjectMapper(factory);
  }

  /** Counts keys and values across one event, JSON inside strings included. */
  public static final class Budget {
    private int left;

    /** A budget of {@code fields} keys and values. */
    public Budget(int fields) {
      this.left = fields;
    }

    void spend(String path) {
      if (--left < 0) {
        throw BadInputException.badRequest("too_many_fields",
            "the event has more keys and values than the limit", path);
      }
    }
  }

  /** Reads a whole request body (or NDJSON line) as one JSON value. */
  public JsonNode read(byte[] body) {
    if (body.length == 0 || isBlank(body)) {
      throw BadInputException.badRequest("empty_body", "the body holds no JSON value", null);
    }
    return parse(body, 0, new Budget(limits.fields()), JsonPath.ROOT);
  }

  /**
   * Reads JSON held inside a string value, at {@code depth} levels below the event root, or
   * returns null when the string is not one JSON object or array within the limits.
   */
  public JsonNode readNested(String text, int depth, Budget budget) {
    try {
      JsonNode n = parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), depth, budget,
          JsonPath.ROOT);
      return n.isContainerNode() ? n : null;
    } catch (BadInputException e) {
      if ("too_many_fields".equals(e.code())) {
        throw e;
      }
      return null;
    }
  }

  /** Writes a tree as compact JSON, numbers exactly as read. */
  public String write(JsonNode node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The node factory: ordered objects, exact decimals. */
  public JsonNodeFactory nodes() {
    return nodes;
  }

  private JsonNode parse(byte[] bytes, int depth, Budget budget, String root) {
    Reader r = new Reader(budget);
    JsonParser parser = null;
    try (JsonParser p = factory.createParser(bytes)) {
      parser = p;
      r.path = root;
      JsonToken t = p.nextToken();
      if (t == null) {
        throw BadInputException.badRequest("empty_body", "the body holds no JSON value", null);
      }
      JsonNode n = r.value(p, t, depth, root);
      if (p.nextToken() != null) {
        throw BadInputException.badRequest("malformed_json",
            "unexpected content after the JSON value", null);
      }
      return n;
    } catch (IOException e) {
      // Jackson reads a value together with its key, so its own context is the precise place.
      throw translate(e, parser == null ? r.path : pathOf(parser.getParsingContext(), root));
    }
  }

  private static BadInputException translate(IOException e, String path) {
    String m = String.valueOf(e.getMessage());
    if (e instanceof JsonEOFException) {
      return BadInputException.badRequest("truncated_json",
          "the body ends before the JSON value is complete", path);
    }
    if (m.contains("UTF-8") || m.contains("UTF8") || e instanceof java.io.CharConversionException) {
      return BadInputException.badRequest("bad_utf8", "the body is not valid UTF-8", path);
    }
    if (e instanceof StreamConstraintsException) {
      return m.contains("epth")
          ? BadInputException.badRequest("too_deep", "nesting is deeper than the limit", path)
          : BadInputException.badRequest("value_too_long",
              "a string, key or number is longer than the limit", path);
    }
    // Jackson's own message may quote the input, so only its kind is kept.
    return BadInputException.badRequest("malformed_json", "the body is not valid JSON", path);
  }

  private static String pathOf(JsonStreamContext ctx, String root) {
    java.util.ArrayDeque<JsonStreamContext> chain = new java.util.ArrayDeque<>();
    for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    String path = root;
    for (JsonStreamContext c : chain) {
      if (c.inArray() && c.getCurrentIndex() >= 0) {
        path = JsonPath.index(path, c.getCurrentIndex());
      } else if (c.inObject() && c.getCurrentName() != null) {
        path = JsonPath.safeChild(path, c.getCurrentName());
      }
    }
    return path;
  }

  private static boolean isBlank(byte[] b) {
    for (byte x : b) {
      if (x != ' ' && x != '\n' && x != '\r' && x != '\t') {
        return false;
      }
    }
    return true;
  }

  /** One parse: a budget, a depth offset and the path of the value being read, for errors. */
  private final class Reader {
    private final Budget budget;
    private String path;

    Reader(Budget budget) {
      this.budget = budget;
    }

    JsonNode value(JsonParser p, JsonToken t, int depth, String at) throws IOException {
      path = at;
      if (t == null) {
        throw BadInputException.badRequest("truncated_json",
            "the body ends before the JSON value is complete", at);
      }
      budget.spend(at);
      switch (t) {
        case START_OBJECT:
          return object(p, depth + 1, at);
        case START_ARRAY:
          return array(p, depth + 1, at);
        case VALUE_STRING:
          checkLength(p.getTextLength(), at);
          return nodes.textNode(p.getText());
        case VALUE_NUMBER_INT:
          checkLength(p.getTextLength(), at);
          return integer(p);
        case VALUE_NUMBER_FLOAT:
          checkLength(p.getTextLength(), at);
          return decimal(p, at);
        case VALUE_TRUE:
          return nodes.booleanNode(true);
        case VALUE_FALSE:
          return nodes.booleanNode(false);
        case VALUE_NULL:
          return nodes.nullNode();
        default:
          throw BadInputException.badRequest("malformed_json", "the body is not valid JSON", at);
      }
    }

    /**
     * A BigDecimal's scale is an int, so {@code 4e41111111111111} has no exact value: a 400, not
     * a 500 (found by fuzzing).
     */
    private JsonNode decimal(JsonParser p, String at) throws IOException {
      try {
        return nodes.numberNode(p.getDecimalValue());
      } catch (NumberFormatException | ArithmeticException e) {
        throw BadInputException.badRequest("malformed_json",
            "a number's exponent is outside the range that can be kept exactly", at);
      }
    }

    private JsonNode integer(JsonParser p) throws IOException {
      switch (p.getNumberType()) {
        case INT:
          return nodes.numberNode(p.getIntValue());
        case LONG:
          return nodes.numberNode(p.getLongValue());
        default:
          BigInteger b = p.getBigIntegerValue();
          return nodes.numberNode(b);
      }
    }

    private ObjectNode object(JsonParser p, int depth, String at) throws IOException {
      checkDepth(depth, at);
      ObjectNode o = nodes.objectNode();
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        String child = JsonPath.safeChild(at, key);
        path = child;
        checkLength(key.length(), child);
        if (o.has(key)) {
          throw BadInputException.badRequest("duplicate_key",
              "a key appears twice in one object", child);
        }
        budget.spend(child);
        o.set(key, value(p, p.nextToken(), depth, child));
      }
      if (t != JsonToken.END_OBJECT) {
        throw BadInputException.badRequest("malformed_json", "the body is not valid JSON", at);
      }
      return o;
    }

    private ArrayNode array(JsonParser p, int depth, String at) throws IOException {
      checkDepth(depth, at);
      ArrayNode a = nodes.arrayNode();
      JsonToken t;
      int i = 0;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw BadInputException.badRequest("truncated_json",
              "the body ends before the JSON value is complete", at);
        }
        a.add(value(p, t, depth, JsonPath.index(at, i++)));
      }
      return a;
    }

    private void checkDepth(int depth, String at) {
      if (depth > limits.depth()) {
        throw BadInputException.badRequest("too_deep",
            "nesting is deeper than the limit of " + limits.depth(), at);
      }
    }

    private void checkLength(int length, String at) {
      if (length > limits.valueLength()) {
        throw BadInputException.badRequest("value_too_long",
            "a string, key or number is longer than the limit of " + limits.valueLength(), at);
      }
    }
  }
}
