package io.veil.gateway.testing;

import io.veil.detector.Detection;
import io.veil.detector.Detector;
import io.veil.detector.EmbeddedDetector;
import io.veil.detector.Finding;
import io.veil.gateway.dispatch.Dispatcher;
import io.veil.protocol.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * TEST ONLY: a {@link Dispatcher} that runs the real {@link EmbeddedDetector} in this process, as
 * a worker would, on a pool thread. Production always dispatches to worker processes.
 */
public final class EmbeddedDispatcher implements Dispatcher {

  /** Created once: building the detector loads its recognizers and calibration. */
  private static final Detector DETECTOR = EmbeddedDetector.create();
  private volatile boolean live = true;

  @Override
  public CompletableFuture<List<Message.ItemResult>> classify(List<Message.Item> items,
      long deadlineEpochMillis) {
    return CompletableFuture.supplyAsync(() -> {
      List<Message.ItemResult> out = new ArrayList<>(items.size());
      for (Message.Item it : items) {
        Detection d = DETECTOR.detect(it.content(), it.category(), it.context());
        List<Message.Span> spans = new ArrayList<>();
        if (d.decision().sensitive()) {
          for (Finding f : d.findings()) {
            if (f.score() < DETECTOR.threshold(it.category())) {
              continue; // listed to explain the decision, not a value to redact
            }
            spans.add(new Message.Span(f.start(), f.end(), f.recognizer(), f.pattern()));
          }
        }
        out.add(new Message.ItemResult(Message.ItemStatus.OK, d.decision(), spans));
      }
      return out;
    });
  }

  /** Makes {@link #anyLive()} answer {@code live}. */
  public void setLive(boolean live) {
    this.live = live;
  }

  @Override
  public boolean anyLive() {
    return live;
  }

  @Override
  public void close() {}
}
