package io.veil.detector.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.veil.detector.Detector;
import io.veil.protocol.Category;
import io.veil.protocol.Decision;
import java.util.Optional;

/**
 * Turns one input line into one output line: {@code {"content", "category", "context"?}} (the
 * category as a name or as {@code {"name", "desc"}}; {@code label} ignored) into {@code
 * {"is_sensitive", "confidence_score"}}, or {@code {"error": {"code", "message"}}} naming the field
 * and never echoing content.
 */
final class ClassifyLines {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Detector detector;

  ClassifyLines(Detector detector) {
    this.detector = detector;
  }

  String answer(String line) {
    JsonNode root;
    try {
      root = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return error("malformed_json", "line is not valid JSON");
    }
    if (root == null || !root.isObject()) {
      return error("malformed_line", "line must be a JSON object");
    }
    JsonNode content = root.get("content");
    if (content == null || !content.isTextual()) {
      return error("missing_content", "field 'content' must be a string");
    }
    JsonNode cat = root.get("category");
    JsonNode name = cat != null && cat.isObject() ? cat.get("name") : cat;
    if (name == null || !name.isTextual()) {
      return error("missing_category",
          "field 'category' must be a name or {\"name\": ...}; known categories: " + known());
    }
    Optional<Category> category = Category.fromName(name.asText());
    if (category.isEmpty()) {
      return error("unknown_category", "field 'category' names no known category; known"
          + " categories: " + known());
    }
    JsonNode ctx = root.get("context");
    String context = ctx != null && ctx.isTextual() ? ctx.asText() : null;
    Decision d = detector.detect(content.asText(), category.get(), context).decision();
    ObjectNode out = JSON.createObjectNode();
    out.put("is_sensitive", d.sensitive());
    out.put("confidence_score", Math.round(d.confidence() * 1e6) / 1e6);
    return out.toString();
  }

  private static String known() {
    return String.join(", ", Category.wireNames());
  }

  private static String error(String code, String message) {
    ObjectNode out = JSON.createObjectNode();
    ObjectNode e = out.putObject("error");
    e.put("code", code);
    e.put("message", message);
    return out.toString();
  }
}
