package io.veil.detector.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veil.protocol.Category;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Per-category Platt calibration of raw scores into probabilities, {@code p = sigmoid(a *
 * logit(raw) + b)}, and the decision threshold, read from the resource {@value #RESOURCE}:
 * {@code {"version":1,"method":"platt","categories":{"email":{"a":1.0,"b":0.0,"threshold":0.5}}}}.
 * Identity with threshold 0.5 for a category (or a whole file) that is absent.
 */
public final class Calibration {

  /** Where the training helper writes the fitted parameters. */
  public static final String RESOURCE = "/io/veil/detector/calibration.json";
  /** Threshold used when none is configured. */
  public static final double DEFAULT_THRESHOLD = 0.5;
  private static final double EPS = 1e-6;

  private record Params(double a, double b, double threshold) {}

  private static final Params IDENTITY = new Params(1.0, 0.0, DEFAULT_THRESHOLD);

  private final Map<Category, Params> params;

  private Calibration(Map<Category, Params> params) {
    this.params = params;
  }

  /** No calibration: probabilities equal raw scores, threshold 0.5. */
  public static Calibration identity() {
    return new Calibration(new EnumMap<>(Category.class));
  }

  /** The calibration on the class path, or identity when the resource is absent or unreadable. */
  public static Calibration load() {
    try (InputStream in = Calibration.class.getResourceAsStream(RESOURCE)) {
      return in == null ? identity() : parse(in);
    } catch (IOException | RuntimeException e) {
      return identity();
    }
  }

  /**
   * Reads a calibration document.
   *
   * @throws IOException when the document is not JSON
   * @throws IllegalArgumentException when it has an unknown version or method, or a category's
   *     parameters are not finite numbers (the message names the field)
   */
  public static Calibration parse(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("calibration: root must be an object");
    }
    if (root.path("version").asInt(-1) != 1) {
      throw new IllegalArgumentException("calibration.version: must be 1");
    }
    if (!"platt".equals(root.path("method").asText("platt"))) {
      throw new IllegalArgumentException("calibration.method: only 'platt' is supported");
    }
    Map<Category, Params> m = new EnumMap<>(Category.class);
    Iterator<Map.Entry<String, JsonNode>> it = root.path("categories").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      Optional<Category> c = Category.fromName(e.getKey());
      if (c.isEmpty()) {
        continue;
      }
      JsonNode n = e.getValue();
      String at = "calibration.categories." + e.getKey();
      m.put(c.get(), new Params(number(n, "a", 1.0, at), number(n, "b", 0.0, at),
          number(n, "threshold", DEFAULT_THRESHOLD, at)));
    }
    return new Calibration(m);
  }

  private static double number(JsonNode n, String field, double dflt, String at) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return dflt;
    }
    if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
      throw new IllegalArgumentException(at + "." + field + ": must be a finite number");
    }
    return v.asDouble();
  }

  /** The calibrated probability of a raw score for {@code category}, always in [0, 1]. */
  public double probability(Category category, double raw) {
    Params p = params.getOrDefault(category, IDENTITY);
    if (p.a == 1.0 && p.b == 0.0) {
      return clamp(raw);
    }
    double r = Math.min(1 - EPS, Math.max(EPS, raw));
    double z = p.a * Math.log(r / (1 - r)) + p.b;
    return clamp(1.0 / (1.0 + Math.exp(-z)));
  }

  /** The decision threshold for {@code category}. */
  public double threshold(Category category) {
    return params.getOrDefault(category, IDENTITY).threshold;
  }

  private static double clamp(double v) {
    return Double.isNaN(v) ? 0.0 : Math.max(0.0, Math.min(1.0, v));
  }
}
