package io.veil.detector.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFeaturesTest {

  private static final List<Layer> LAYERS = List.of(new UrlDecoding(), new JsonUnescaping(),
      new Base64Decoding(), new HtmlDecoding());

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "plain words only here | 0",
      "caf\u00e9 | 1",
      "AT&T | 17",
      "100%25 | 2",
      "a+b | 4",
      "C:\\\\dir | 8",
      "passport Information | 0",
      "am9obkBleGFtcGxlLmNvbQ | 32",
      "YWJjZGVm | 32",
      "555-0100 | 32",
  })
  void features_flagWhatTransformsCouldActOn(String text, int expected) {
    assertThat(TextFeatures.of(text)).isEqualTo(expected);
  }

  @Test
  void aLayerThatWouldDecode_isNeverSkippedByItsFeatureGate() {
    Random random = new Random(7);
    String[] pieces = {"am9obkBleGFtcGxlLmNvbQ==", "YWJjZGVm", "SGVsbG8=", "%40", "%2540", "+",
        "?q=", "&amp;", "&#64;", "\\u0040", "\\\"", "word", "Reynolds", " ", "-", "_", "/",
        "=", "x9", "\u00e9", "\u200b"};
    for (int round = 0; round < 3_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      MappedView view = MappedView.identity(text);
      int features = TextFeatures.of(text);
      for (Layer layer : LAYERS) {
        if (layer.apply(view, new Budget(1 << 20, 1 << 24), layer.asTransforms()) != null) {
          assertThat(layer.mayApply(features)).as("%s on %s", layer.name(), text).isTrue();
        }
      }
    }
  }
}
