package io.veil.worker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Builds the {@link WorkerConfig} from four layers, each replacing the one before: defaults, a
 * YAML or properties file, {@code VEIL_WORKER_<KEY>} environment variables ({@code max-batch} is
 * {@code VEIL_WORKER_MAX_BATCH}), and the command line. The file is named by {@code --config} or
 * {@code VEIL_WORKER_CONFIG}.
 */
public final class ConfigLoader {

  /** Prefix of the environment variables read. */
  public static final String ENV_PREFIX = "VEIL_WORKER_";
  /** The variable that names the config file when the command line does not. */
  public static final String ENV_CONFIG = ENV_PREFIX + "CONFIG";

  private ConfigLoader() {}

  /**
   * Loads and validates the configuration.
   *
   * @param file the config file from the command line, or null
   * @param env the process environment
   * @param cli the options given on the command line, by key
   */
  public static WorkerConfig load(Path file, Map<String, String> env, Map<String, String> cli)
      throws ConfigException {
    Path path = file != null ? file : envPath(env);
    Settings s = new Settings().layer(WorkerConfig.DEFAULTS, k -> "default");
    if (path != null) {
      s.layer(readFile(path), k -> "config file " + path);
    }
    s.layer(fromEnv(env), k -> "environment " + envName(k));
    s.layer(cli, k -> "command line --" + k);
    return WorkerConfig.from(s);
  }

  /** The environment variable that sets {@code key}. */
  public static String envName(String key) {
    return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  private static Path envPath(Map<String, String> env) {
    String p = env.get(ENV_CONFIG);
    return p == null || p.isBlank() ? null : Path.of(p.strip());
  }

  private static Map<String, String> fromEnv(Map<String, String> env) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String key : WorkerConfig.keys()) {
      String v = env.get(envName(key));
      if (v != null) {
        out.put(key, v);
      }
    }
    return out;
  }

  static Map<String, String> readFile(Path path) throws ConfigException {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    Map<?, ?> raw;
    try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      if (name.endsWith(".properties")) {
        Properties p = new Properties();
        p.load(r);
        raw = p;
      } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        raw = new ObjectMapper(new YAMLFactory()).readValue(r, Map.class);
      } else {
        throw new ConfigException("config file " + path + " must end in .yaml, .yml or"
            + " .properties");
      }
    } catch (IOException e) {
      throw new ConfigException("config file " + path + " cannot be read: "
          + e.getClass().getSimpleName());
    }
    return keysOf(raw == null ? Map.of() : raw, path);
  }

  private static Map<String, String> keysOf(Map<?, ?> raw, Path path) throws ConfigException {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : raw.entrySet()) {
      String key = String.valueOf(e.getKey()).strip().replace('_', '-');
      if (!WorkerConfig.DEFAULTS.containsKey(key)) {
        throw new ConfigException("unknown key " + key + " in config file " + path + "; known: "
            + WorkerConfig.keys());
      }
      Object v = e.getValue();
      if (v instanceof Map || v instanceof Iterable) {
        throw new ConfigException("key " + key + " must be a single value (config file " + path
            + ")");
      }
      if (v != null) {
        out.put(key, String.valueOf(v));
      }
    }
    return out;
  }
}
