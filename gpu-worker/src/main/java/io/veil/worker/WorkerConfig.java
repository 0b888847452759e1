package io.veil.worker;

import io.veil.protocol.Wire;
import io.veil.worker.model.ModelProtocol;
import io.veil.worker.model.ModelServerSettings;
import io.veil.worker.server.CurveServerKeys;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Everything one worker process is configured with, validated. Built by {@link ConfigLoader} from
 * defaults, a config file, {@code VEIL_WORKER_*} variables and the command line.
 *
 * <p>To add a key: a record component, a line in {@link #DEFAULTS} (or none for a key without
 * default), a line in {@link #from}, and an option in {@link GpuWorkerMain}; the loader, the file
 * and the environment pick it up by name.
 *
 * @param bind the ZeroMQ endpoint the ROUTER binds, e.g. {@code tcp://0.0.0.0:5601}
 * @param backend the backend's name in the {@link Backends} registry
 * @param name this worker's name in READY messages, logs and metrics
 * @param threads batches in flight at once (backend calls in parallel)
 * @param maxBatch most items per backend call
 * @param maxWaitMs longest wait for a batch to fill once its first item is taken
 * @param queueCapacity most items waiting for a backend thread; more are answered OVERLOADED
 * @param heartbeatMs heartbeat interval; a peer silent for 3 intervals is forgotten
 * @param drainMs longest wait for in-flight requests on shutdown
 * @param modelServer the model server of the {@code model-server} and {@code cascade} backends
 * @param uncertainLow lower edge of the cascade's uncertain band (items sent to the model)
 * @param uncertainHigh upper edge of the cascade's uncertain band
 * @param curve the CURVE keypair that makes the ROUTER a CURVE server, or null for a plaintext
 *     link (keys {@code curve-public-key-file} and {@code curve-secret-key-file}, both or neither)
 */
public record WorkerConfig(String bind, String backend, String name, int threads, int maxBatch,
    int maxWaitMs, int queueCapacity, int heartbeatMs, int drainMs,
    ModelServerSettings modelServer, double uncertainLow, double uncertainHigh,
    CurveServerKeys curve) {

  /**
   * Every known key and its default. Defaults
   * suit one CPU host: the embedded detector on all cores, batches of 64 gathered for at most
   * 2 ms, a queue of about a second of work.
   */
  static final Map<String, String> DEFAULTS = defaults();

  private static final Pattern ENDPOINT = Pattern.compile("(tcp|ipc|inproc)://\\S+");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  /** The known keys, in documentation order. */
  public static List<String> keys() {
    return List.copyOf(DEFAULTS.keySet());
  }

  static WorkerConfig from(Settings s) throws ConfigException {
    return new WorkerConfig(
        s.matching("bind", ENDPOINT, "a ZeroMQ endpoint such as tcp://0.0.0.0:5601"),
        s.matching("backend", NAME, "a backend name such as embedded"),
        s.matching("name", NAME, "letters, digits, '.', '_' or '-', at most 128"),
        s.integer("threads", 1, 256),
        s.integer("max-batch", 1, Wire.MAX_ITEMS),
        s.integer("max-wait-ms", 0, 10_000),
        s.integer("queue-capacity", 1, 1_000_000),
        s.integer("heartbeat-ms", 50, 60_000),
        s.integer("drain-ms", 0, 120_000),
        modelServer(s),
        s.decimal("uncertain-low", 0.0, 1.0),
        s.decimal("uncertain-high", 0.0, 1.0),
        curve(s));
  }

  private static CurveServerKeys curve(Settings s) throws ConfigException {
    String pub = s.optional("curve-public-key-file");
    String secret = s.optional("curve-secret-key-file");
    if (pub.isEmpty() && secret.isEmpty()) {
      return null;
    }
    if (pub.isEmpty() || secret.isEmpty()) {
      throw new ConfigException("keys curve-public-key-file and curve-secret-key-file must be set"
          + " together");
    }
    try {
      return CurveServerKeys.read(Path.of(pub), Path.of(secret));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("key curve-*-key-file: " + e.getMessage());
    }
  }

  private static ModelServerSettings modelServer(Settings s) throws ConfigException {
    URI url;
    try {
      url = new URI(s.string("model-url"));
    } catch (java.net.URISyntaxException e) {
      throw new ConfigException("key model-url must be a URL such as http://127.0.0.1:8081");
    }
    try {
      return new ModelServerSettings(s.optional("model-command"), s.optional("gpu"), url,
          ModelProtocol.parse(s.string("model-protocol")), s.optional("model"),
          s.decimal("model-threshold", 0.0, 1.0),
          Duration.ofMillis(s.integer("model-timeout-ms", 1, 600_000)),
          Duration.ofMillis(s.integer("model-start-timeout-ms", 1, 3_600_000)));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("key " + e.getMessage());
    }
  }

  private static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    // Loopback by default: a worker reachable from other hosts is an explicit choice, with CURVE.
    d.put("bind", "tcp://127.0.0.1:5601");
    d.put("backend", "embedded");
    d.put("name", defaultName());
    d.put("threads", "2");
    d.put("max-batch", "64");
    d.put("max-wait-ms", "2");
    d.put("queue-capacity", "4096");
    d.put("heartbeat-ms", "1000");
    d.put("drain-ms", "5000");
    // The model tier (backends model-server and cascade); an empty command means a server that
    // someone else runs at model-url.
    d.put("model-command", "");
    d.put("gpu", "0");
    d.put("model", "");
    d.put("model-protocol", "veil");
    d.put("model-url", ModelServerSettings.DEFAULT_URL.toString());
    d.put("model-threshold", "0.5");
    d.put("model-timeout-ms",
        String.valueOf(ModelServerSettings.DEFAULT_REQUEST_TIMEOUT.toMillis()));
    d.put("model-start-timeout-ms",
        String.valueOf(ModelServerSettings.DEFAULT_START_TIMEOUT.toMillis()));
    d.put("uncertain-low", "0.2");
    d.put("uncertain-high", "0.8");
    // CURVE for links that leave the host: empty means a plaintext ROUTER.
    d.put("curve-public-key-file", "");
    d.put("curve-secret-key-file", "");
    return Collections.unmodifiableMap(d);
  }

  private static String defaultName() {
    String host = System.getenv().getOrDefault("HOSTNAME", "worker").replaceAll("[^A-Za-z0-9._-]",
        "");
    return (host.isEmpty() ? "worker" : host) + "-" + ProcessHandle.current().pid();
  }
}
