package io.veil.training.calibrate;

import io.veil.protocol.Category;
import io.veil.training.dataset.Example;
import io.veil.training.eval.Reliability;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Fits Platt mappings per category and measures calibration before and after. */
public final class Calibrator {

  private Calibrator() {}

  /** Raw scores of a set, scored once so that fitting and measuring share them. */
  public record Scored(Example example, double raw) {}

  /** Scores every example. */
  public static List<Scored> score(List<Example> examples, RawScorer scorer) {
    List<Scored> out = new ArrayList<>(examples.size());
    for (Example e : examples) {
      out.add(new Scored(e, scorer.raw(e)));
    }
    return out;
  }

  /** One Platt mapping per category found in {@code val}. */
  public static Map<Category, Platt> fit(List<Scored> val) {
    Map<Category, List<PlattFitter.Point>> by = new EnumMap<>(Category.class);
    for (Scored s : val) {
      by.computeIfAbsent(s.example().category(), k -> new ArrayList<>())
          .add(new PlattFitter.Point(s.raw(), s.example().sensitive()));
    }
    Map<Category, Platt> fits = new EnumMap<>(Category.class);
    by.forEach((c, pts) -> fits.put(c, PlattFitter.fit(pts)));
    return fits;
  }

  /** ECE (10 bins) of the raw scores, or of the calibrated ones when {@code fits} is given. */
  public static double ece(List<Scored> set, Map<Category, Platt> fits) {
    Reliability r = new Reliability();
    for (Scored s : set) {
      double p = fits == null ? s.raw()
          : fits.getOrDefault(s.example().category(), Platt.identity()).apply(s.raw());
      r.add(p, s.example().sensitive());
    }
    return r.ece();
  }
}
