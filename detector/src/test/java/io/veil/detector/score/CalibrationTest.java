package io.veil.detector.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.veil.protocol.Category;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalibrationTest {

  private static Calibration parse(String json) throws IOException {
    return Calibration.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest
  @CsvSource({"0.0", "0.1", "0.5", "0.93", "1.0"})
  void identity_returnsTheRawScoreAndThresholdHalf(double raw) {
    Calibration c = Calibration.identity();
    assertThat(c.probability(Category.SSN, raw)).isEqualTo(raw);
    assertThat(c.threshold(Category.SSN)).isEqualTo(0.5);
  }

  @ParameterizedTest
  @CsvSource({"2.0, 0.0, 0.8, 0.9411764", "1.0, 1.0, 0.5, 0.7310585", "0.5, -0.5, 0.9, 0.6453",
      "1.0, 0.0, 0.3, 0.3"})
  void platt_appliesSigmoidOfScaledLogit(double a, double b, double raw, double expected)
      throws IOException {
    Calibration c = parse("{\"version\":1,\"method\":\"platt\",\"categories\":{\"passport\":"
        + "{\"a\":" + a + ",\"b\":" + b + ",\"threshold\":0.6}}}");
    assertThat(c.probability(Category.PASSPORT, raw)).isCloseTo(expected, within(1e-3));
    assertThat(c.threshold(Category.PASSPORT)).isEqualTo(0.6);
  }

  @Test
  void absentCategory_isIdentity() throws IOException {
    Calibration c = parse("{\"version\":1,\"method\":\"platt\",\"categories\":{\"email\":"
        + "{\"a\":3.0,\"b\":1.0}}}");
    assertThat(c.probability(Category.PHONE, 0.42)).isEqualTo(0.42);
    assertThat(c.threshold(Category.EMAIL)).isEqualTo(0.5);
    assertThat(c.probability(Category.EMAIL, 0.42)).isNotEqualTo(0.42);
  }

  @Test
  void extremeRawScores_stayWithinZeroAndOne() throws IOException {
    Calibration c = parse("{\"version\":1,\"method\":\"platt\",\"categories\":{\"ssn\":"
        + "{\"a\":50.0,\"b\":-3.0}}}");
    assertThat(c.probability(Category.SSN, 0.0)).isBetween(0.0, 1.0);
    assertThat(c.probability(Category.SSN, 1.0)).isBetween(0.0, 1.0);
    assertThat(c.probability(Category.SSN, Double.NaN)).isBetween(0.0, 1.0);
  }

  @Test
  void badDocuments_areRejectedNamingTheField() {
    assertThatThrownBy(() -> parse("{\"version\":2}")).hasMessageContaining("version");
    assertThatThrownBy(() -> parse("{\"version\":1,\"method\":\"isotonic\"}"))
        .hasMessageContaining("method");
    assertThatThrownBy(() -> parse("{\"version\":1,\"categories\":{\"ssn\":{\"a\":\"x\"}}}"))
        .hasMessageContaining("categories.ssn.a");
  }

  @Test
  void load_neverFails_andGivesThresholdsInRange() {
    Calibration c = Calibration.load();
    for (Category cat : Category.all()) {
      assertThat(c.threshold(cat)).isBetween(0.0, 1.0);
    }
  }
}
