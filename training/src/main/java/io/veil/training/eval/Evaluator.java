package io.veil.training.eval;

import io.veil.protocol.Decision;
import io.veil.training.dataset.Example;
import java.io.IOException;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** Runs examples through a backend in batches and collects an {@link Evaluation}. */
public final class Evaluator {

  /** Items per backend call; the gateway's batch endpoint takes this many comfortably. */
  public static final int BATCH = 64;

  private Evaluator() {}

  /**
   * Evaluates {@code examples}; shows a progress bar on stderr when stderr is a terminal and the
   * run is long.
   */
  public static Evaluation run(Backend backend, List<Example> examples)
      throws IOException, InterruptedException {
    Evaluation ev = new Evaluation();
    try (ProgressBar bar = progressBar(examples.size())) {
      for (int i = 0; i < examples.size(); i += BATCH) {
        List<Example> batch = examples.subList(i, Math.min(examples.size(), i + BATCH));
        List<Decision> decisions = backend.classify(batch);
        for (int j = 0; j < batch.size(); j++) {
          ev.add(batch.get(j), decisions.get(j));
        }
        if (bar != null) {
          bar.stepBy(batch.size());
        }
      }
    }
    return ev;
  }

  private static ProgressBar progressBar(int n) {
    // Off when not a TTY: a progress bar's carriage returns only clutter logs and CI output.
    if (System.console() == null || n < 1000) {
      return null;
    }
    return new ProgressBarBuilder().setTaskName("eval").setInitialMax(n)
        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
  }
}
