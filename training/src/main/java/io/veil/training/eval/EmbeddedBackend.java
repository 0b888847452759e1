package io.veil.training.eval;

import io.veil.detector.Detector;
import io.veil.detector.EmbeddedDetector;
import io.veil.protocol.Decision;
import io.veil.training.dataset.Example;
import java.util.ArrayList;
import java.util.List;

/** The embedded detector, in process. */
public final class EmbeddedBackend implements Backend {

  private final Detector detector;

  /** The detector with its built-in calibration. */
  public EmbeddedBackend() {
    this(EmbeddedDetector.create());
  }

  /** A given detector, for tests and calibration. */
  public EmbeddedBackend(Detector detector) {
    this.detector = detector;
  }

  @Override
  public List<Decision> classify(List<Example> batch) {
    List<Decision> out = new ArrayList<>(batch.size());
    for (Example e : batch) {
      out.add(detector.classify(e.content(), e.category()));
    }
    return out;
  }

  @Override
  public String name() {
    return "embedded";
  }
}
