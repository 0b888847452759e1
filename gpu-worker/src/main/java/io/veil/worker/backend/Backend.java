package io.veil.worker.backend;

import io.veil.protocol.Message;
import java.util.List;

/**
 * What answers a batch of items in a worker: the embedded detector, a supervised model server, or
 * a cascade of both. The worker's batcher calls {@link #classify} from its backend threads.
 */
public interface Backend extends AutoCloseable {

  /** The name reported in replies and metrics: {@code embedded}, {@code model-server}, {@code cascade}. */
  String name();

  /** Starts what the backend needs (child processes, pools); returns when it can answer. */
  default void start() throws Exception {}

  /**
   * Classifies a batch: one result per item, in order. A backend that cannot answer an item
   * itself answers it from a fallback with {@link Message.ItemStatus#DEGRADED}, or throws.
   *
   * @throws BackendException when the batch cannot be answered at all
   */
  List<Message.ItemResult> classify(List<Message.Item> batch) throws BackendException;

  /** Whether the backend can answer now (for READY and health). */
  default boolean healthy() {
    return true;
  }

  /** Stops child processes and pools. */
  @Override
  default void close() {}
}
