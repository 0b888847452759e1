package io.veil.gateway.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.veil.protocol.Category;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds a {@link GatewayConfig}: defaults, overridden by a YAML file, overridden by {@code VEIL_*}
 * environment variables. A dotted key {@code limits.body_bytes} is {@code VEIL_LIMITS_BODY_BYTES}
 * in the environment. Unknown file keys and invalid values fail with the key's name.
 */
public final class ConfigLoader {

  /** Shortest HMAC key accepted: 16 bytes keeps the keyed hash unguessable. */
  static final int MIN_HMAC_KEY_BYTES = 16;

  private static final Map<String, String> DEFAULTS = defaultValues();

  private ConfigLoader() {}

  /**
   * Loads the configuration.
   *
   * @param file a YAML file, or null for none
   * @param env the environment (usually {@link System#getenv()})
   * @throws ConfigException naming the first bad key
   */
  public static GatewayConfig load(Path file, Map<String, String> env) {
    Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
    if (file != null) {
      values.putAll(readYaml(file));
    }
    for (String key : DEFAULTS.keySet()) {
      String v = env.get(envName(key));
      if (v != null) {
        values.put(key, v);
      }
    }
    return build(values);
  }

  /** The environment variable that overrides a dotted key. */
  public static String envName(String key) {
    return "VEIL_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
  }

  /** Every key the configuration knows, sorted. */
  public static Set<String> keys() {
    return new TreeSet<>(DEFAULTS.keySet());
  }

  private static Map<String, String> defaultValues() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("http.host", "127.0.0.1");
    d.put("http.port", "8080");
    d.put("management.host", "127.0.0.1");
    d.put("management.port", "8081");
    d.put("api_token", "");
    d.put("deadline_ms", "800");
    d.put("limits.body_bytes", String.valueOf(1 << 20));
    d.put("limits.depth", "64");
    d.put("limits.fields", "10000");
    d.put("limits.value_length", "65536");
    d.put("limits.batch_items", "1000");
    d.put("limits.in_flight_events", "512");
    d.put("limits.request_timeout_ms", "10000");
    for (Category c : Category.all()) {
      d.put("redaction." + c.wireName(), RedactionMode.REPLACE.configName());
    }
    d.put("hmac_key", "");
    d.put("audit_log", "");
    return d;
  }

  private static Map<String, String> readYaml(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory())
          .readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ConfigException(file.toString(), "cannot be read as YAML ("
          + e.getClass().getSimpleName() + ")");
    }
    Map<String, String> out = new LinkedHashMap<>();
    if (root != null && !root.isNull() && !root.isMissingNode()) {
      if (!root.isObject()) {
        throw new ConfigException(file.toString(), "must be a YAML mapping");
      }
      flatten("", root, out);
    }
    return out;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = prefix + e.getKey();
      JsonNode v = e.getValue();
      if (v.isObject()) {
        flatten(key + ".", v, out);
      } else if (!DEFAULTS.containsKey(key)) {
        throw new ConfigException(key, "unknown key; known keys: " + keys());
      } else if (v.isContainerNode()) {
        throw new ConfigException(key, "must be a scalar");
      } else {
        out.put(key, v.isNull() ? "" : v.asText());
      }
    }
  }

  private static GatewayConfig build(Map<String, String> v) {
    GatewayConfig.Limits limits = new GatewayConfig.Limits(
        integer(v, "limits.body_bytes", 1024, 64 << 20),
        integer(v, "limits.depth", 2, 1000),
        integer(v, "limits.fields", 1, 10_000_000),
        integer(v, "limits.value_length", 16, 64 << 20),
        integer(v, "limits.batch_items", 1, 100_000),
        integer(v, "limits.in_flight_events", 1, 1_000_000),
        Duration.ofMillis(integer(v, "limits.request_timeout_ms", 100, 600_000)));
    Map<Category, RedactionMode> redaction = new EnumMap<>(Category.class);
    for (Category c : Category.all()) {
      String key = "redaction." + c.wireName();
      redaction.put(c, RedactionMode.fromConfigName(v.get(key)).orElseThrow(
          () -> new ConfigException(key, "must be one of replace, drop, hash, mask_last4")));
    }
    Optional<byte[]> hmac = optional(v, "hmac_key").map(s -> s.getBytes(StandardCharsets.UTF_8));
    if (hmac.isPresent() && hmac.get().length < MIN_HMAC_KEY_BYTES) {
      throw new ConfigException("hmac_key", "must be at least " + MIN_HMAC_KEY_BYTES + " bytes");
    }
    for (Map.Entry<Category, RedactionMode> e : redaction.entrySet()) {
      if (e.getValue() == RedactionMode.HASH && hmac.isEmpty()) {
        throw new ConfigException("hmac_key", "is required because redaction."
            + e.getKey().wireName() + " is hash (set VEIL_HMAC_KEY)");
      }
    }
    return new GatewayConfig(host(v, "http.host"), integer(v, "http.port", 0, 65535),
        host(v, "management.host"), integer(v, "management.port", 0, 65535),
        optional(v, "api_token"), Duration.ofMillis(integer(v, "deadline_ms", 10, 60_000)), limits,
        redaction, hmac, optional(v, "audit_log").map(Path::of));
  }

  private static int integer(Map<String, String> v, String key, int min, int max) {
    String s = v.get(key).trim();
    int n;
    try {
      n = Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new ConfigException(key, "must be an integer");
    }
    if (n < min || n > max) {
      throw new ConfigException(key, "must be between " + min + " and " + max);
    }
    return n;
  }

  private static String host(Map<String, String> v, String key) {
    String s = v.get(key).trim();
    if (s.isEmpty() || !s.matches("[A-Za-z0-9.:\\-\\[\\]]{1,253}")) {
      throw new ConfigException(key, "must be a host name or IP address");
    }
    return s;
  }

  private static Optional<String> optional(Map<String, String> v, String key) {
    String s = v.get(key);
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
  }
}
