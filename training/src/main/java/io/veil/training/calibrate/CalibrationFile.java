package io.veil.training.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.veil.protocol.Category;
import io.veil.training.dataset.Jsonl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The detector's calibration resource: {@code {"version":1,"method":"platt","categories":
 * {"email":{"a":..,"b":..,"threshold":..}}}}, meaning {@code p = sigmoid(a * logit(raw) + b)}.
 */
public final class CalibrationFile {

  private CalibrationFile() {}

  /** Writes the mappings in catalog order. */
  public static void write(Path file, Map<Category, Platt> fits) throws IOException {
    ObjectNode o = Jsonl.MAPPER.createObjectNode();
    o.put("version", 1);
    o.put("method", "platt");
    ObjectNode cats = o.putObject("categories");
    for (Category c : Category.all()) {
      Platt p = fits.getOrDefault(c, Platt.identity());
      cats.putObject(c.wireName()).put("a", p.a()).put("b", p.b()).put("threshold", p.threshold());
    }
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, Jsonl.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o)
        + "\n", StandardCharsets.UTF_8);
  }

  /** Reads a file written by {@link #write}. */
  public static Map<Category, Platt> read(Path file) throws IOException {
    JsonNode o = Jsonl.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    if (o.path("version").asInt() != 1 || !"platt".equals(o.path("method").asText())) {
      throw new IllegalArgumentException(file + ": fields version must be 1 and method 'platt'");
    }
    Map<Category, Platt> out = new EnumMap<>(Category.class);
    o.path("categories").fields().forEachRemaining(e -> {
      Category c = Category.fromName(e.getKey()).orElseThrow(() ->
          new IllegalArgumentException(file + ": unknown category in field categories"));
      JsonNode v = e.getValue();
      out.put(c, new Platt(v.path("a").asDouble(1), v.path("b").asDouble(0),
          v.path("threshold").asDouble(0.5)));
    });
    return out;
  }
}
