package io.veil.training.eval;

import io.veil.protocol.Decision;
import io.veil.training.dataset.Example;
import java.io.IOException;
import java.util.List;

/** Something that classifies (content, category) pairs: the embedded detector or a gateway. */
public interface Backend extends AutoCloseable {

  /** Decisions for a batch, in the batch's order. */
  List<Decision> classify(List<Example> batch) throws IOException, InterruptedException;

  /** A short name for reports. */
  String name();

  @Override
  default void close() {}

  /** The backend for a {@code --backend} value: {@code embedded} or {@code http://host:port}. */
  static Backend of(String spec) {
    if (spec.equals("embedded")) {
      return new EmbeddedBackend();
    }
    if (spec.startsWith("http://") || spec.startsWith("https://")) {
      return new HttpBackend(spec);
    }
    throw new IllegalArgumentException("--backend must be 'embedded' or an http:// base URL");
  }
}
