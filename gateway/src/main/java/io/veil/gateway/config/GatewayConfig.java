package io.veil.gateway.config;

import io.veil.protocol.Category;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The gateway's whole configuration, immutable. Built by {@link ConfigLoader}; see {@code
 * deploy/gateway.yaml} for every key with its default.
 *
 * @param httpHost address the API binds (default {@code 127.0.0.1}: a sidecar is local only)
 * @param httpPort API port, 0 for any free port
 * @param managementHost address of the health, metrics and OpenAPI port
 * @param managementPort management port, 0 for any free port
 * @param apiToken bearer token the API requires, if set
 * @param deadline one deadline per event for the workers' answers
 * @param limits input limits applied before any work
 * @param redaction redaction mode per category (every category present)
 * @param hmacKey key for {@link RedactionMode#HASH}; present when any category hashes
 * @param auditLog path of the JSON-lines audit log, if enabled
 */
public record GatewayConfig(String httpHost, int httpPort, String managementHost,
    int managementPort, Optional<String> apiToken, Duration deadline, Limits limits,
    Map<Category, RedactionMode> redaction, Optional<byte[]> hmacKey, Optional<Path> auditLog) {

  public GatewayConfig {
    EnumMap<Category, RedactionMode> copy = new EnumMap<>(Category.class);
    for (Category c : Category.all()) {
      copy.put(c, redaction.getOrDefault(c, RedactionMode.REPLACE));
    }
    redaction = Map.copyOf(copy);
    hmacKey = hmacKey.map(byte[]::clone);
  }

  /** The redaction mode of one category. */
  public RedactionMode modeOf(Category category) {
    return redaction.get(category);
  }

  /** A copy with other ports, for tests that bind port 0. */
  public GatewayConfig withPorts(int http, int management) {
    return new GatewayConfig(httpHost, http, managementHost, management, apiToken, deadline, limits,
        redaction, hmacKey, auditLog);
  }

  /** Defaults only: what a gateway runs with when no file and no environment say otherwise. */
  public static GatewayConfig defaults() {
    return ConfigLoader.load(null, Map.of());
  }

  /**
   * Input and load limits, all checked before work starts.
   *
   * @param bodyBytes largest request body (413 above)
   * @param depth deepest nesting of arrays and objects, counting JSON inside strings
   * @param fields most values and keys in one event
   * @param valueLength longest string, key or number, in characters
   * @param batchItems most items in one classify batch or lines in one filter batch
   * @param inFlightEvents most events being filtered at once; above it requests get 503
   * @param requestTimeout longest time a request may take to arrive and be answered
   */
  public record Limits(int bodyBytes, int depth, int fields, int valueLength, int batchItems,
      int inFlightEvents, Duration requestTimeout) {}
}
