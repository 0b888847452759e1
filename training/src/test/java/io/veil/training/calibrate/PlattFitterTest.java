package io.veil.training.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.veil.protocol.Category;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlattFitterTest {

  /** Points whose labels follow p = sigmoid(a * logit(raw) + b). */
  private static List<PlattFitter.Point> sample(double a, double b, int n) {
    SplittableRandom r = new SplittableRandom(3);
    List<PlattFitter.Point> pts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double raw = 0.02 + 0.96 * r.nextDouble();
      double p = new Platt(a, b, 0.5).apply(raw);
      pts.add(new PlattFitter.Point(raw, r.nextDouble() < p));
    }
    return pts;
  }

  @Test
  void fit_recoversAKnownSlope_withTheBoundaryAtRawHalf() {
    Platt p = PlattFitter.fit(sample(2.0, 0.0, 4000));
    assertThat(p.a()).isCloseTo(2.0, within(0.4));
    assertThat(p.b()).isZero();
    assertThat(p.threshold()).isEqualTo(0.5);
  }

  @Test
  void fit_keepsTheDetectorsDecisions_evenWhenTheDataWouldShiftTheIntercept() {
    Platt p = PlattFitter.fit(sample(2.0, -1.0, 4000));
    assertThat(p.apply(0.5)).isEqualTo(0.5);
    assertThat(p.apply(0.49)).isLessThan(0.5);
    assertThat(p.apply(0.51)).isGreaterThan(0.5);
  }

  @Test
  void fit_reducesCalibrationErrorOfOverconfidentScores() {
    List<PlattFitter.Point> pts = sample(0.4, 0.0, 3000);
    Platt p = PlattFitter.fit(pts);
    io.veil.training.eval.Reliability before = new io.veil.training.eval.Reliability();
    io.veil.training.eval.Reliability after = new io.veil.training.eval.Reliability();
    for (PlattFitter.Point x : pts) {
      before.add(x.raw(), x.label());
      after.add(p.apply(x.raw()), x.label());
    }
    assertThat(after.ece()).isLessThan(before.ece() / 2);
  }

  @Test
  void oneClassOrConstantScores_giveTheIdentity() {
    assertThat(PlattFitter.fit(List.of(new PlattFitter.Point(0.3, false),
        new PlattFitter.Point(0.7, false)))).isEqualTo(Platt.identity());
    assertThat(PlattFitter.fit(List.of(new PlattFitter.Point(0.0, true),
        new PlattFitter.Point(0.0, false)))).isEqualTo(Platt.identity());
  }

  @Test
  void calibrationFile_hasTheAgreedFormat_andRoundTrips(@TempDir Path dir) throws Exception {
    Map<Category, Platt> fits = new EnumMap<>(Category.class);
    fits.put(Category.EMAIL, new Platt(1.5, -0.25, 0.5));
    Path f = dir.resolve("calibration.json");
    CalibrationFile.write(f, fits);
    var json = io.veil.training.dataset.Jsonl.MAPPER.readTree(Files.readString(f));
    assertThat(json.get("version").asInt()).isEqualTo(1);
    assertThat(json.get("method").asText()).isEqualTo("platt");
    assertThat(json.get("categories").size()).isEqualTo(Category.all().size());
    assertThat(json.at("/categories/email/a").asDouble()).isEqualTo(1.5);
    assertThat(json.at("/categories/ssn/a").asDouble()).isEqualTo(1.0);
    assertThat(CalibrationFile.read(f).get(Category.EMAIL)).isEqualTo(new Platt(1.5, -0.25, 0.5));
  }
}
