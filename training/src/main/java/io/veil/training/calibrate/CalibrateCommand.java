package io.veil.training.calibrate;

import io.veil.protocol.Category;
import io.veil.training.dataset.Jsonl;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code calibrate}: fits per-category Platt scaling on val and writes calibration.json. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = "Fit per-category Platt scaling of the embedded detector's scores.")
public final class CalibrateCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, description = "Validation JSONL to fit on.")
  Path data;

  @Option(names = "--test", description = "Held-out JSONL to report ECE before and after on.")
  Path test;

  @Option(names = "--out", required = true, description = "calibration.json to write.")
  Path out;

  @Override
  public Integer call() throws Exception {
    RawScorer scorer = RawScorer.embedded();
    List<Calibrator.Scored> val = Calibrator.score(Jsonl.read(data), scorer);
    Map<Category, Platt> fits = Calibrator.fit(val);
    CalibrationFile.write(out, fits);
    fits.forEach((c, p) -> System.out.printf(Locale.ROOT, "%-16s a=%8.4f b=%8.4f threshold=%.2f%n",
        c.wireName(), p.a(), p.b(), p.threshold()));
    System.out.printf(Locale.ROOT, "val  ECE before %.4f after %.4f%n", Calibrator.ece(val, null),
        Calibrator.ece(val, fits));
    if (test != null) {
      List<Calibrator.Scored> t = Calibrator.score(Jsonl.read(test), scorer);
      System.out.printf(Locale.ROOT, "test ECE before %.4f after %.4f%n", Calibrator.ece(t, null),
          Calibrator.ece(t, fits));
    }
    System.out.println("wrote " + out);
    return 0;
  }
}
