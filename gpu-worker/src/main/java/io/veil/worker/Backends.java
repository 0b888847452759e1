package io.veil.worker;

import io.veil.detector.EmbeddedDetector;
import io.veil.worker.backend.Backend;
import io.veil.worker.backend.CascadeBackend;
import io.veil.worker.backend.EchoBackend;
import io.veil.worker.backend.EmbeddedBackend;
import io.veil.worker.backend.ModelServerBackend;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The backends a worker can run, by {@code --backend} name. This is the one seam where a backend
 * is wired in: {@link #standard()} lists what this build ships; tests and other entry points may
 * {@link #with add} their own.
 */
public final class Backends {

  private final Map<String, BackendFactory> factories;

  private Backends(Map<String, BackendFactory> factories) {
    this.factories = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(factories));
  }

  /** The backends of this build. */
  public static Backends standard() {
    Map<String, BackendFactory> f = new LinkedHashMap<>();
    f.put("embedded", c -> EmbeddedBackend.create(Runtime.getRuntime().availableProcessors()));
    f.put("model-server", c -> ModelServerBackend.create(c.modelServer(), EmbeddedDetector.create()));
    f.put("cascade", Backends::cascade);
    // A benchmark baseline only: it answers without looking at the content.
    f.put(EchoBackend.NAME, c -> new EchoBackend());
    return new Backends(f);
  }

  /** This registry with {@code name} mapped to {@code factory}, replacing any earlier one. */
  public Backends with(String name, BackendFactory factory) {
    Map<String, BackendFactory> f = new LinkedHashMap<>(factories);
    f.put(name, factory);
    return new Backends(f);
  }

  /** Creates the backend that {@code config.backend()} names. */
  public Backend create(WorkerConfig config) throws ConfigException {
    BackendFactory factory = factories.get(config.backend());
    if (factory == null) {
      throw new ConfigException("key backend must be one of " + factories.keySet());
    }
    return factory.create(config);
  }

  private static Backend cascade(WorkerConfig c) throws ConfigException {
    if (c.uncertainLow() > c.uncertainHigh()) {
      throw new ConfigException("key uncertain-low must not exceed uncertain-high");
    }
    EmbeddedDetector detector = EmbeddedDetector.create();
    return new CascadeBackend(detector, ModelServerBackend.create(c.modelServer(), detector),
        c.uncertainLow(), c.uncertainHigh());
  }
}
