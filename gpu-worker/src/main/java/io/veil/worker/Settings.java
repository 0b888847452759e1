package io.veil.worker;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Raw configuration values by key, each remembering where it came from, with typed, validated
 * readers whose errors name the key and the source. Later layers replace earlier ones.
 */
final class Settings {

  private record Value(String text, String source) {}

  private final Map<String, Value> values = new LinkedHashMap<>();

  /** Sets every entry of {@code layer}, replacing earlier values; {@code source} names each. */
  Settings layer(Map<String, String> layer, Function<String, String> source) {
    layer.forEach((k, v) -> values.put(k, new Value(v, source.apply(k))));
    return this;
  }

  /** A required string, stripped. */
  String string(String key) throws ConfigException {
    Value v = value(key);
    String s = v.text().strip();
    if (s.isEmpty()) {
      throw new ConfigException("key " + key + " must not be empty (" + v.source() + ")");
    }
    return s;
  }

  /** A string matching {@code pattern}; {@code rule} says what it must look like. */
  String matching(String key, Pattern pattern, String rule) throws ConfigException {
    String s = string(key);
    if (!pattern.matcher(s).matches()) {
      throw new ConfigException("key " + key + " must be " + rule + " (" + value(key).source()
          + ")");
    }
    return s;
  }

  /** An integer within {@code [min, max]}. */
  int integer(String key, int min, int max) throws ConfigException {
    Value v = value(key);
    long n;
    try {
      n = Long.parseLong(v.text().strip());
    } catch (NumberFormatException e) {
      throw new ConfigException("key " + key + " must be an integer (" + v.source() + ")");
    }
    if (n < min || n > max) {
      throw new ConfigException("key " + key + " must be between " + min + " and " + max + " ("
          + v.source() + ")");
    }
    return (int) n;
  }

  /** A string that may be empty, stripped. */
  String optional(String key) throws ConfigException {
    return value(key).text().strip();
  }

  /** A decimal number within {@code [min, max]}. */
  double decimal(String key, double min, double max) throws ConfigException {
    Value v = value(key);
    double d;
    try {
      d = Double.parseDouble(v.text().strip());
    } catch (NumberFormatException e) {
      throw new ConfigException("key " + key + " must be a number (" + v.source() + ")");
    }
    if (!(d >= min && d <= max)) {
      throw new ConfigException("key " + key + " must be between " + min + " and " + max + " ("
          + v.source() + ")");
    }
    return d;
  }

  private Value value(String key) throws ConfigException {
    Value v = values.get(key);
    if (v == null) {
      throw new ConfigException("key " + key + " is required");
    }
    return v;
  }
}
