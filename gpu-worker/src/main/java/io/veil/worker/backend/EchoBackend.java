package io.veil.worker.backend;

import io.veil.protocol.Decision;
import io.veil.protocol.Message;
import java.util.Collections;
import java.util.List;

/**
 * A benchmark baseline, never a filter: answers every item "not sensitive" without reading it, so
 * that a benchmark against it measures the worker's transport, codec and batching alone. The
 * worker logs a warning when it runs this backend.
 */
public final class EchoBackend implements Backend {

  /** The {@code --backend} name. */
  public static final String NAME = "echo-baseline";

  private static final Message.ItemResult NOT_LOOKED_AT =
      new Message.ItemResult(Message.ItemStatus.OK, new Decision(false, 0.0), Message.NO_SPANS);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Message.ItemResult> classify(List<Message.Item> batch) {
    return Collections.nCopies(batch.size(), NOT_LOOKED_AT);
  }
}
