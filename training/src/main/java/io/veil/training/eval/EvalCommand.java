package io.veil.training.eval;

import io.veil.training.dataset.Example;
import io.veil.training.dataset.Jsonl;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval}: precision, recall, F1 and calibration of a backend on a labeled file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Evaluate the embedded detector or a running gateway on a labeled JSONL file.")
public final class EvalCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, description = "Labeled JSONL file.")
  Path data;

  @Option(names = "--backend", defaultValue = "embedded",
      description = "'embedded' or a gateway base URL, e.g. http://127.0.0.1:8080.")
  String backend;

  @Option(names = "--calibration",
      description = "For the embedded backend: a calibration.json to use instead of the shipped one.")
  Path calibration;

  @Option(names = "--report", description = "Report directory (default: <data>-report).")
  Path report;

  @Override
  public Integer call() throws Exception {
    List<Example> examples = Jsonl.read(data);
    Evaluation ev;
    String name;
    try (Backend b = calibration == null ? Backend.of(backend) : embeddedWith(calibration)) {
      name = b.name();
      ev = Evaluator.run(b, examples);
    }
    Path dir = report != null ? report : Path.of(data.toString().replaceAll("\\.jsonl$", "") + "-report");
    Report.write(ev, name, data.toString(), dir);
    System.out.printf(Locale.ROOT, "%-16s %9s %9s %9s %6s %6s%n", "category", "precision", "recall",
        "f1", "fp", "fn");
    ev.byCategory().forEach((c, n) -> System.out.printf(Locale.ROOT, "%-16s %9.4f %9.4f %9.4f %6d %6d%n",
        c.wireName(), n.precision(), n.recall(), n.f1(), n.fp(), n.fn()));
    System.out.printf(Locale.ROOT, "%-16s %9.4f %9.4f %9.4f %6d %6d%nECE %.4f; report in %s%n",
        "overall", ev.overall().precision(), ev.overall().recall(), ev.overall().f1(),
        ev.overall().fp(), ev.overall().fn(), ev.reliability().ece(), dir);
    return 0;
  }

  private Backend embeddedWith(Path file) throws java.io.IOException {
    if (!backend.equals("embedded")) {
      throw new IllegalArgumentException("--calibration applies to --backend embedded only");
    }
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      return new EmbeddedBackend(io.veil.detector.EmbeddedDetector.create(
          io.veil.detector.score.Calibration.parse(in)));
    }
  }
}
