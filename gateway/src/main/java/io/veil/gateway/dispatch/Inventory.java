package io.veil.gateway.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workers a gateway dials, read from the YAML inventory ({@code deploy/inventory.local.yaml}):
 * a top-level {@code workers} list of entries with {@code name}, {@code host}, {@code endpoint},
 * {@code gpu}, {@code backend}, {@code model} and optionally {@code curve_server_key} (Z85) or
 * {@code curve_server_key_file} (a path, relative to the inventory's directory). Unknown keys are
 * ignored so that deployment tools can add their own. Errors name the entry and the key, never a
 * value.
 *
 * @param workers the entries, in file order, with unique names
 */
public record Inventory(List<WorkerEntry> workers) {

  private static final Logger LOG = LoggerFactory.getLogger(Inventory.class);
  /** Largest inventory file read: a fleet listing is a few kilobytes. */
  static final long MAX_FILE_BYTES = 1024 * 1024;
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Pattern ENDPOINT =
      Pattern.compile("(tcp://[^\\s:/]+|tcp://\\[[0-9a-fA-F:]+\\]):[0-9]{1,5}|ipc://\\S+|inproc://\\S+");
  private static final Set<String> BACKENDS = Set.of("embedded", "model-server", "cascade");
  private static final Set<String> KNOWN_KEYS = Set.of("name", "host", "endpoint", "gpu",
      "backend", "model", "curve_server_key", "curve_server_key_file");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  public Inventory {
    workers = List.copyOf(workers);
  }

  /** Reads and validates an inventory file. */
  public static Inventory read(Path file) throws IOException, InventoryException {
    if (Files.size(file) > MAX_FILE_BYTES) {
      throw new InventoryException("inventory " + file + " is larger than " + MAX_FILE_BYTES
          + " bytes");
    }
    return parse(Files.readAllBytes(file), file.toAbsolutePath().getParent());
  }

  /**
   * Parses and validates inventory YAML.
   *
   * @param baseDir directory that relative {@code curve_server_key_file} paths start from
   */
  public static Inventory parse(byte[] yaml, Path baseDir) throws InventoryException {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (IOException e) {
      // Jackson's message may quote the document; only the location is kept.
      throw new InventoryException("inventory is not valid YAML"
          + (e instanceof com.fasterxml.jackson.core.JsonProcessingException p
              && p.getLocation() != null ? " near line " + p.getLocation().getLineNr() : ""));
    }
    if (root == null || !root.isObject() || !root.path("workers").isArray()) {
      throw new InventoryException("inventory: key 'workers' must be a list");
    }
    List<WorkerEntry> entries = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int index = 0;
    for (JsonNode node : root.get("workers")) {
      WorkerEntry entry = entry(node, index++, baseDir);
      if (!names.add(entry.name())) {
        throw new InventoryException("inventory workers[" + (index - 1) + "] (" + entry.name()
            + "): key 'name' must be unique");
      }
      entries.add(entry);
    }
    return new Inventory(entries);
  }

  /** Names of the keys of entry {@code node} that this gateway does not read. */
  private static List<String> unknownKeys(JsonNode node) {
    List<String> unknown = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KNOWN_KEYS.contains(key)) {
        unknown.add(key);
      }
    }
    return unknown;
  }

  private static WorkerEntry entry(JsonNode node, int index, Path baseDir)
      throws InventoryException {
    String where = "inventory workers[" + index + "]";
    if (!node.isObject()) {
      throw new InventoryException(where + " must be a map");
    }
    String name = text(node, "name", where, true);
    if (!NAME.matcher(name).matches()) {
      throw new InventoryException(where + ": key 'name' must match " + NAME.pattern());
    }
    where = where + " (" + name + ")";
    List<String> unknown = unknownKeys(node);
    if (!unknown.isEmpty()) {
      LOG.warn("{}: ignoring unknown keys {}", where, unknown);
    }
    String host = text(node, "host", where, true);
    String endpoint = text(node, "endpoint", where, true);
    if (!ENDPOINT.matcher(endpoint).matches()) {
      throw new InventoryException(where + ": key 'endpoint' must be tcp://HOST:PORT, ipc://PATH"
          + " or inproc://NAME");
    }
    String backend = text(node, "backend", where, true);
    if (!BACKENDS.contains(backend)) {
      throw new InventoryException(where + ": key 'backend' must be one of " + BACKENDS);
    }
    return new WorkerEntry(name, host, endpoint, gpu(node, where), backend,
        Optional.ofNullable(text(node, "model", where, false)), curveKey(node, where, baseDir));
  }

  private static Optional<Integer> gpu(JsonNode node, String where) throws InventoryException {
    JsonNode gpu = node.get("gpu");
    if (gpu == null || gpu.isNull()) {
      return Optional.empty();
    }
    if (!gpu.canConvertToInt() || !gpu.isIntegralNumber() || gpu.asInt() < 0) {
      throw new InventoryException(where + ": key 'gpu' must be null or an index >= 0");
    }
    return Optional.of(gpu.asInt());
  }

  private static Optional<byte[]> curveKey(JsonNode node, String where, Path baseDir)
      throws InventoryException {
    String inline = text(node, "curve_server_key", where, false);
    String file = text(node, "curve_server_key_file", where, false);
    if (inline != null && file != null) {
      throw new InventoryException(where
          + ": set only one of keys 'curve_server_key' and 'curve_server_key_file'");
    }
    try {
      if (inline != null) {
        return Optional.of(CurveKeys.decode(inline, where + ": key 'curve_server_key'"));
      }
      if (file != null) {
        Path path = baseDir == null ? Path.of(file) : baseDir.resolve(file);
        return Optional.of(CurveKeys.readKey(path));
      }
    } catch (IllegalArgumentException e) {
      throw new InventoryException(e.getMessage());
    } catch (IOException e) {
      throw new InventoryException(where + ": key 'curve_server_key_file' cannot be read ("
          + e.getClass().getSimpleName() + ")");
    }
    return Optional.empty();
  }

  private static String text(JsonNode node, String key, String where, boolean required)
      throws InventoryException {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      if (required) {
        throw new InventoryException(where + ": key '" + key + "' is required");
      }
      return null;
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new InventoryException(where + ": key '" + key + "' must be a non-empty string");
    }
    return value.asText();
  }
}
