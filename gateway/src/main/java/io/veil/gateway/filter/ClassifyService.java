package io.veil.gateway.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.veil.gateway.config.GatewayConfig;
import io.veil.gateway.dispatch.DispatchException;
import io.veil.gateway.dispatch.Dispatcher;
import io.veil.gateway.input.BadInputException;
import io.veil.gateway.input.JsonPath;
import io.veil.gateway.metrics.GatewayMetrics;
import io.veil.protocol.Category;
import io.veil.protocol.Decision;
import io.veil.protocol.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The classify primitive: {@code {"content", "category"}} in, {@code {"is_sensitive",
 * "confidence_score"}} out, one at a time or in batches. The category is a wire name or {@code
 * {"name", "desc"}} (the name must be in the catalog; the description is accepted for the
 * design's request shape). Without a valid answer the future fails with {@link
 * DispatchException}: a decision is never invented.
 */
public final class ClassifyService {

  private final GatewayConfig config;
  private final Dispatcher dispatcher;
  private final GatewayMetrics metrics;

  /** A service dispatching through {@code dispatcher}. */
  public ClassifyService(GatewayConfig config, Dispatcher dispatcher, GatewayMetrics metrics) {
    this.config = config;
    this.dispatcher = dispatcher;
    this.metrics = metrics;
  }

  /** Reads one classify request at {@code path}. */
  public Message.Item item(JsonNode req, String path) {
    if (!req.isObject()) {
      throw BadInputException.badRequest("wrong_type", "must be an object", path);
    }
    JsonNode content = req.get("content");
    String contentPath = JsonPath.child(path, "content");
    if (content == null || !content.isTextual()) {
      throw BadInputException.badRequest(content == null ? "missing_field" : "wrong_type",
          "content is required and must be a string", contentPath);
    }
    JsonNode context = req.get("context");
    if (context != null && !context.isTextual() && !context.isNull()) {
      throw BadInputException.badRequest("wrong_type", "context must be a string",
          JsonPath.child(path, "context"));
    }
    return new Message.Item(content.textValue(), category(req.get("category"),
        JsonPath.child(path, "category")), context == null ? null : context.textValue());
  }

  /** Reads {@code {"items": [...]}}, at most the batch limit. */
  public List<Message.Item> items(JsonNode req) {
    JsonNode items = req.isObject() ? req.get("items") : null;
    if (items == null || !items.isArray()) {
      throw BadInputException.badRequest("missing_field", "items is required and must be an array",
          "$.items");
    }
    if (items.size() > config.limits().batchItems()) {
      throw BadInputException.badRequest("too_many_items",
          "items holds more than " + config.limits().batchItems() + " entries", "$.items");
    }
    List<Message.Item> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(item(items.get(i), JsonPath.index("$.items", i)));
    }
    return out;
  }

  private static Category category(JsonNode node, String path) {
    JsonNode name = node;
    String namePath = path;
    if (node != null && node.isObject()) {
      name = node.get("name");
      namePath = JsonPath.child(path, "name");
      JsonNode desc = node.get("desc");
      if (desc != null && !desc.isTextual()) {
        throw BadInputException.badRequest("wrong_type", "desc must be a string",
            JsonPath.child(path, "desc"));
      }
    }
    if (name == null || !name.isTextual()) {
      throw BadInputException.badRequest(name == null ? "missing_field" : "wrong_type",
          "category is required: a name or {\"name\", \"desc\"}", namePath);
    }
    String at = namePath;
    return Category.fromName(name.textValue()).orElseThrow(() -> BadInputException.badRequest(
        "unknown_category", "category must be one of " + Category.wireNames(), at));
  }

  /** Classifies items; fails with {@link DispatchException} unless every answer is valid. */
  public CompletableFuture<List<Decision>> classify(List<Message.Item> items) {
    if (items.isEmpty()) {
      return CompletableFuture.completedFuture(List.of());
    }
    long deadline = System.currentTimeMillis() + config.deadline().toMillis();
    CompletableFuture<List<Message.ItemResult>> answers;
    try {
      answers = dispatcher.classify(items, deadline);
    } catch (RuntimeException e) {
      answers = CompletableFuture.failedFuture(e);
    }
    return answers.thenApply(results -> {
      String invalid = Answers.invalid(items, results);
      if (invalid != null) {
        throw new DispatchException(DispatchException.Reason.BAD_REPLY,
            "no valid answer: " + invalid);
      }
      List<Decision> out = new ArrayList<>(results.size());
      for (int i = 0; i < results.size(); i++) {
        Decision d = results.get(i).decision();
        metrics.decision(items.get(i).category(), d.sensitive() ? "sensitive" : "not_sensitive");
        out.add(d);
      }
      return out;
    });
  }

  /** {@code {"is_sensitive": ..., "confidence_score": ...}}, exactly these two keys. */
  public static ObjectNode toJson(Decision d, JsonNodeFactory nodes) {
    ObjectNode n = nodes.objectNode();
    n.put("is_sensitive", d.sensitive());
    n.put("confidence_score", d.confidence());
    return n;
  }

  /** {@code {"results": [...]}} in order. */
  public static ObjectNode toJson(List<Decision> ds, JsonNodeFactory nodes) {
    ObjectNode n = nodes.objectNode();
    ArrayNode a = n.putArray("results");
    ds.forEach(d -> a.add(toJson(d, nodes)));
    return n;
  }
}
