package io.veil.training.calibrate;

import java.util.List;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Fits a {@link Platt} mapping with Tribuo's logistic regression (LinearSGDTrainer with the
 * LogMulticlass objective) on one feature, logit(raw score). A two-class softmax is a sigmoid of
 * the difference of the two linear functions, so the slope and intercept are read back by
 * probing the trained model at two points.
 *
 * <p>The fit keeps the detector's decision boundary: raw 0.5 maps to probability 0.5, so the
 * threshold stays 0.5 and {@code is_sensitive} always agrees with {@code confidence_score >= 0.5}.
 * Each observation is added together with its mirror image (−logit, opposite label), which makes
 * the maximum-likelihood intercept zero by symmetry, and only the slope is learned. Without that
 * pin, the validation data (nearly separable at raw 0.5) lets the intercept wander anywhere in the
 * gap between the classes, and either decisions change or the threshold has to move far from
 * 0.5, leaving answers like {@code false} with confidence 0.98.
 */
public final class PlattFitter {

  private static final String FEATURE = "logit_raw";
  private static final LabelFactory LABELS = new LabelFactory();
  /** Enough passes for a one-feature problem to settle; the seed keeps the fit reproducible. */
  private static final int EPOCHS = 200;
  private static final long SEED = 1L;

  static {
    // Tribuo logs every training run at INFO; calibration output is the report, not SGD progress.
    java.util.logging.Logger.getLogger("org.tribuo").setLevel(java.util.logging.Level.WARNING);
  }

  private PlattFitter() {}

  /** One observation: the detector's raw score and the true label. */
  public record Point(double raw, boolean label) {}

  /**
   * The fitted mapping, or the identity when the data cannot support a fit (one class only, or
   * every raw score the same).
   */
  public static Platt fit(List<Point> points) {
    long pos = points.stream().filter(Point::label).count();
    long distinct = points.stream().mapToDouble(p -> Platt.logit(p.raw())).distinct().count();
    if (pos == 0 || pos == points.size() || distinct < 2) {
      return Platt.identity();
    }
    MutableDataset<Label> data = new MutableDataset<>(
        new SimpleDataSourceProvenance("veil-calibration", LABELS), LABELS);
    for (Point p : points) {
      double x = Platt.logit(p.raw());
      data.add(example(p.label() ? "true" : "false", x));
      data.add(example(p.label() ? "false" : "true", -x));
    }
    LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1),
        EPOCHS, Integer.MAX_VALUE, 1, SEED);
    Model<Label> model = trainer.train(data);
    double z1 = logOdds(model, 1.0);
    double z2 = logOdds(model, 2.0);
    double a = round(z2 - z1);
    if (!(a > 0) || !Double.isFinite(a)) {
      // A mapping that is not increasing would reorder the detector's scores: keep them as they are.
      return Platt.identity();
    }
    // The intercept is zero by the data's symmetry up to SGD noise; pin it exactly.
    return new Platt(a, 0.0, 0.5);
  }

  private static double round(double x) {
    return Math.round(x * 1e6) / 1e6;
  }

  private static Example<Label> example(String label, double x) {
    return new ArrayExample<>(new Label(label), new String[] {FEATURE}, new double[] {x});
  }

  private static double logOdds(Model<Label> model, double x) {
    Prediction<Label> p = model.predict(example("true", x));
    double t = p.getOutputScores().get("true").getScore();
    double f = p.getOutputScores().get("false").getScore();
    return Math.log(Math.max(1e-12, t)) - Math.log(Math.max(1e-12, f));
  }
}
