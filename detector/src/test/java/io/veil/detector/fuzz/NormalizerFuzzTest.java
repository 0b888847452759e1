package io.veil.detector.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.veil.detector.normalize.Normalizer;
import io.veil.detector.normalize.OriginalSpan;
import io.veil.detector.normalize.TextView;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzzes {@link Normalizer#views}: for any text it must not throw, return between one and {@link
 * Normalizer#MAX_VIEWS} views of at most {@code 4 × length + 4096} characters together, and map
 * every view range back to a span inside the original text, start before end, so that a finding
 * in a decoded view is always redacted inside the content.
 */
class NormalizerFuzzTest {

  /** The documented bound on all views together: 4 characters per content character, + 4096. */
  private static final long SIZE_FACTOR = 4;
  private static final long SIZE_CONSTANT = 4096;

  @FuzzTest(maxDuration = "15s")
  void views_anyText_stayWithinBoundsAndMapInsideTheOriginal(byte[] input) {
    String content = text(input);
    List<TextView> views = Normalizer.standard().views(content);
    assertThat(views).isNotEmpty().hasSizeLessThanOrEqualTo(Normalizer.MAX_VIEWS);
    long total = 0;
    for (TextView view : views) {
      String text = view.text();
      total += text.length();
      checkSpans(view, content.length());
    }
    assertThat(total).isLessThanOrEqualTo(SIZE_FACTOR * content.length() + SIZE_CONSTANT);
  }

  /**
   * The first byte picks how the rest becomes text: even, as UTF-8 (what a JSON body holds after
   * parsing); odd, as raw UTF-16 code units, so that lone surrogates reach the normalizer too.
   * Seed files start with {@code 0} (0x30, even) and are readable UTF-8 after it.
   */
  private static String text(byte[] input) {
    if (input.length == 0) {
      return "";
    }
    if ((input[0] & 1) == 0) {
      return new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
    }
    char[] units = new char[(input.length - 1) / 2];
    for (int i = 0; i < units.length; i++) {
      units[i] = (char) (((input[1 + 2 * i] & 0xff) << 8) | (input[2 + 2 * i] & 0xff));
    }
    return new String(units);
  }

  /** Every single character and the whole view map into {@code [0, originalLength]}. */
  private static void checkSpans(TextView view, int originalLength) {
    int n = view.text().length();
    for (int i = 0; i < n; i++) {
      inside(view.originalSpan(i, i + 1), originalLength);
    }
    inside(view.originalSpan(0, n), originalLength);
    inside(view.originalSpan(n, n), originalLength);
  }

  private static void inside(OriginalSpan span, int originalLength) {
    assertThat(span.start()).isBetween(0, originalLength);
    assertThat(span.end()).isBetween(span.start(), originalLength);
  }
}
