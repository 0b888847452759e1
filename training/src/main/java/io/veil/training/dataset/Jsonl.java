package io.veil.training.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.veil.protocol.Category;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads and writes the dataset format, one JSON object a line: {@code {"content", "category":
 * {"name", "desc"}, "label": {"is_sensitive", "confidence"}, "lang", "kind", "template"}}.
 */
public final class Jsonl {

  /** The shared mapper; its node order is insertion order, so output is deterministic. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Jsonl() {}

  /** The JSON object for one example. */
  public static ObjectNode toJson(Example e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("content", e.content());
    ObjectNode c = o.putObject("category");
    c.put("name", e.category().wireName());
    c.put("desc", e.category().description());
    ObjectNode l = o.putObject("label");
    l.put("is_sensitive", e.sensitive());
    l.put("confidence", e.confidence());
    o.put("lang", e.lang());
    o.put("kind", e.kind());
    o.put("template", e.template());
    return o;
  }

  /** Parses one line; the error names the field and never echoes content. */
  public static Example fromJson(JsonNode o, int lineNo) {
    JsonNode content = o.get("content");
    if (content == null || !content.isTextual()) {
      throw new IllegalArgumentException("line " + lineNo + ": field content must be a string");
    }
    String name = o.path("category").path("name").asText(null);
    Category cat = Category.fromName(name).orElseThrow(() -> new IllegalArgumentException(
        "line " + lineNo + ": field category.name must be one of " + Category.wireNames()));
    JsonNode label = o.path("label").path("is_sensitive");
    if (!label.isBoolean()) {
      throw new IllegalArgumentException("line " + lineNo + ": field label.is_sensitive must be a boolean");
    }
    double conf = o.path("label").path("confidence").asDouble(label.asBoolean() ? 1.0 : 0.0);
    return new Example(content.asText(), cat, label.asBoolean(), conf,
        o.path("lang").asText("en"), o.path("kind").asText("unknown"), o.path("template").asText(""));
  }

  /** Writes examples to a file, one line each, UTF-8. */
  public static void write(Path file, Collection<Example> examples) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Example e : examples) {
        w.write(MAPPER.writeValueAsString(toJson(e)));
        w.write('\n');
      }
    }
  }

  /** Reads a file written by {@link #write}; blank lines are skipped. */
  public static List<Example> read(Path file) throws IOException {
    List<Example> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = MAPPER.readTree(line);
        } catch (IOException e) {
          throw new IllegalArgumentException("line " + n + ": not valid JSON");
        }
        out.add(fromJson(node, n));
      }
    }
    return out;
  }
}
