package io.veil.worker;

import io.veil.worker.backend.Backend;

/**
 * Creates one kind of {@link Backend} from the worker's configuration. The {@link Backends}
 * registry maps each {@code --backend} name to its factory.
 */
@FunctionalInterface
public interface BackendFactory {

  /**
   * Creates the backend; the worker calls {@link Backend#start()} afterwards.
   *
   * @throws ConfigException when the configuration cannot make this backend (name the key)
   */
  Backend create(WorkerConfig config) throws ConfigException;
}
