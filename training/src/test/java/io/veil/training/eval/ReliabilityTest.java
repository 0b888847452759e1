package io.veil.training.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReliabilityTest {

  @Test
  void eceIsTheCountWeightedGap_andZeroForExactScores() {
    Reliability r = new Reliability();
    for (int i = 0; i < 10; i++) {
      r.add(0.05, false);
      r.add(0.95, true);
    }
    // bin 0: conf 0.05, observed 0 -> gap 0.05; bin 9: conf 0.95, observed 1 -> gap 0.05.
    assertThat(r.ece()).isCloseTo(0.05, within(1e-9));
    Reliability exact = new Reliability();
    exact.add(0.0, false);
    exact.add(1.0, true);
    assertThat(exact.ece()).isZero();
  }

  @Test
  void overconfidentScores_giveTheWeightedGap() {
    Reliability r = new Reliability();
    r.add(0.9, true);
    r.add(0.9, false);
    r.add(0.1, false);
    r.add(0.1, false);
    // bin 9: conf 0.9 observed 0.5 (gap 0.4, weight 1/2); bin 1: conf 0.1 observed 0 (gap 0.1).
    assertThat(r.ece()).isCloseTo(0.5 * 0.4 + 0.5 * 0.1, within(1e-9));
    assertThat(r.count(9)).isEqualTo(2);
    assertThat(r.observed(9)).isEqualTo(0.5);
  }

  @Test
  void counts_computePrecisionRecallF1() {
    Counts c = new Counts();
    c.add(true, true);
    c.add(true, true);
    c.add(true, false);
    c.add(false, true);
    c.add(false, false);
    assertThat(c.precision()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(c.recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(c.f1()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(c.total()).isEqualTo(5);
  }
}
